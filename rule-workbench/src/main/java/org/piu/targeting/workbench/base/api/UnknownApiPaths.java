package org.piu.targeting.workbench.base.api;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * A path under {@code /api/} that no endpoint serves answers 404 problem+json. Without this, Vaadin's catch-all
 * mapping would answer it with the workbench's HTML page and status 200, and a client with a wrong URL would believe
 * it succeeded. The mapping is consulted after the controllers' (so a known path with a wrong method or content type
 * still answers 405 or 415) and before Vaadin's.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    /** Vaadin's forwarding mapping has {@code Ordered.LOWEST_PRECEDENCE - 1}; the static resources as well. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    @Bean
    HandlerMapping unknownApiPathMapping() {
        HttpRequestHandler notFound = (request, response) -> ApiProblems.write(
                request,
                response,
                ApiProblems.problem(
                        HttpStatus.NOT_FOUND,
                        "No such endpoint",
                        "no endpoint answers " + request.getMethod() + " " + request.getRequestURI()
                                + ": the API is described at /v3/api-docs"));
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), ORDER);
    }
}
