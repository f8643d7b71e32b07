package org.piu.targeting.workbench.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.piu.targeting.workbench.base.api.ApiProblems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 of the REST API as RFC 9457 problem documents, like every other API error. Every refusal is announced
 * as an {@link AccessRefused} event (the audit trail records those about the rules): both ways a call is refused
 * end here, by the URL rules of the security chain and by a method's permission check.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApplicationEventPublisher events;

    ProblemEntryPoint(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"PIU Targeting\"");
        write(
                response,
                HttpStatus.UNAUTHORIZED,
                request,
                "Authentication required: send HTTP Basic credentials of a"
                        + " workbench user or the X-API-Key header of a pipeline client (" + e.getMessage() + ")");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        var user = SecurityContextHolder.getContext().getAuthentication();
        events.publishEvent(
                new AccessRefused(user == null ? null : user.getName(), request.getMethod(), request.getRequestURI()));
        write(
                response,
                HttpStatus.FORBIDDEN,
                request,
                "Your role may not call " + request.getMethod() + " " + request.getRequestURI());
    }

    private static void write(
            HttpServletResponse response, HttpStatus status, HttpServletRequest request, String detail)
            throws IOException {
        ApiProblems.write(request, response, ApiProblems.problem(status, status.getReasonPhrase(), detail));
    }
}
