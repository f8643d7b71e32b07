package org.piu.targeting.workbench.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter of the REST API: nothing leaves {@code /api/} but a problem document. Spring MVC's errors are
 * answered by {@link ApiProblems}; this catches what happens around it — an exception thrown by a filter (the
 * security chain, the API key check) and an error status sent with {@code sendError} (by the container or a library).
 * Both would otherwise go to the container's error page, which the workbench's security chain answers with a sign-in
 * redirect or an empty 403 for a caller of the API.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorBoundary extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, new ProblemOnSendError(request, response));
        } catch (Exception e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            ApiProblems.write(
                    request, response, ApiProblems.fault(request.getMethod() + " " + request.getRequestURI(), e));
        }
    }

    /** Turns {@code sendError} into a problem document written at once, instead of a dispatch to the error page. */
    private static final class ProblemOnSendError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnSendError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            String where = request.getMethod() + " " + request.getRequestURI();
            ProblemDetail problem;
            if (status >= 500) {
                problem = ApiProblems.fault(where, new IllegalStateException("status " + status + " sent: " + message));
                problem.setStatus(status);
            } else {
                HttpStatus known = HttpStatus.resolve(status);
                problem = ProblemDetail.forStatusAndDetail(
                        HttpStatusCode.valueOf(status), detail(status, where, message));
                problem.setTitle(known == null ? "Error " + status : known.getReasonPhrase());
            }
            resetBuffer();
            ApiProblems.write(request, (HttpServletResponse) getResponse(), problem);
            flushBuffer();
        }

        private static String detail(int status, String where, String message) {
            String plain = UnreadableDocument.plain(message).orElse("");
            return switch (status) {
                case 400 -> "the request " + where + " is malformed" + (plain.isEmpty() ? "" : ": " + plain);
                case 404 -> "no endpoint answers " + where + ": the API is described at /v3/api-docs";
                case 405 -> where + ": the method is not allowed on this path";
                default -> plain.isEmpty() ? where + " was refused" : plain;
            };
        }
    }
}
