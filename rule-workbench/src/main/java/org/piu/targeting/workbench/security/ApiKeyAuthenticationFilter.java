package org.piu.targeting.workbench.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.piu.targeting.workbench.base.security.Permissions;
import org.piu.targeting.workbench.base.security.Role;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates pipeline clients by the {@code X-API-Key} header; they get the PIPELINE role and what it permits only. */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-API-Key";
    private final AccountStore accounts;
    private final AuthenticationEntryPoint entryPoint;

    ApiKeyAuthenticationFilter(AccountStore accounts, AuthenticationEntryPoint entryPoint) {
        this.accounts = accounts;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader(HEADER);
        if (secret == null || secret.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        var key = accounts.authenticateApiKey(secret.trim());
        if (key.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("the X-API-Key is unknown or revoked"));
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(
                "apikey:" + key.get().id(),
                null,
                AuthorityUtils.createAuthorityList(Permissions.authorities(List.of(Role.PIPELINE))));
        SecurityContextHolder.getContext().setAuthentication(auth);
        chain.doFilter(request, response);
    }
}
