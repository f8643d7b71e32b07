package org.piu.targeting.workbench.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the REST API as RFC 9457 problem documents, like every other API error. */
public class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json = JsonMapper.builder().build();
    private final RefusalAudit refusals;

    public ProblemEntryPoint(RefusalAudit refusals) {
        this.refusals = refusals;
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
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        refusals.refused(request, user == null ? null : user.getName());
        write(
                response,
                HttpStatus.FORBIDDEN,
                request,
                "Your role may not call " + request.getMethod() + " " + request.getRequestURI());
    }

    private void write(HttpServletResponse response, HttpStatus status, HttpServletRequest request, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
