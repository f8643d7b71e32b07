package org.piu.targeting.workbench.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over {@code piu.api.max-request-bytes} (default 20 MB, far above a 500-passenger
 * PNRGOV push) before they are read into memory: one oversized or endless upload must not starve the assessments.
 * Bodies without a declared length are refused too — the pipeline always knows the size of a message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(PiuProperties properties) {
        this.maxBytes = properties.api().maxRequestBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean hasBody = length > 0 || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && length < 0) {
            reject(
                    request,
                    response,
                    HttpStatus.LENGTH_REQUIRED,
                    "Length required",
                    "send the request body with a Content-Length header");
            return;
        }
        if (length > maxBytes) {
            reject(
                    request,
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Request too large",
                    "the request body has " + length + " bytes; the limit is " + maxBytes
                            + " bytes (piu.api.max-request-bytes): split the message by flight");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void reject(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ApiProblems.write(request, response, ApiProblems.problem(status, title, detail));
    }
}
