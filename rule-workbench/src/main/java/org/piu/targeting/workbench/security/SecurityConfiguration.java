package org.piu.targeting.workbench.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.piu.targeting.workbench.base.security.Permissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Two filter chains here: the REST API (stateless; HTTP Basic for workbench users, X-API-Key for the pipeline, which
 * may only submit flights) and the public operational endpoints (health, OpenAPI, the error page). The Vaadin workbench's chain
 * (form login, views guarded by their permissions) is {@code security.ui.WorkbenchSecurityConfiguration}. Every
 * rule names a permission of {@link Permissions}; users get their roles' permissions when they sign in.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountStore accounts) {
        return username -> accounts.user(username)
                .map(u -> User.withUsername(u.username())
                        .password(u.passwordHash())
                        .disabled(!u.enabled())
                        .authorities(Permissions.authorities(u.roles()))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AccountStore accounts, ApplicationEventPublisher events)
            throws Exception {
        ProblemEntryPoint problems = new ProblemEntryPoint(events);
        return http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .addFilterBefore(new ApiKeyAuthenticationFilter(accounts, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                POST, "/api/v1/assessments", "/api/v1/messages", "/api/v1/messages/parse")
                        .hasRole(Permissions.SUBMIT_FLIGHTS)
                        .requestMatchers("/api/v1/api-keys/**", "/api/v1/users/**")
                        .hasRole(Permissions.MANAGE_ACCOUNTS)
                        .requestMatchers(GET, "/api/v1/watchlists/**")
                        .hasRole(Permissions.USE_WORKBENCH)
                        .requestMatchers("/api/v1/watchlists/**")
                        .hasRole(Permissions.MANAGE_WATCHLISTS)
                        .requestMatchers("/api/v1/audit/**")
                        .hasRole(Permissions.READ_AUDIT)
                        .anyRequest()
                        .hasRole(Permissions.USE_WORKBENCH))
                .build();
    }

    /**
     * A URL the firewall refuses (an encoded slash, a path with {@code ..}) is the caller's mistake: 400, which the API
     * answers as a problem document and the workbench with its error page, not a 500.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
    }

    /**
     * Public: health, the OpenAPI document and the container's error page. The error page must be reachable by
     * everyone, or an error of a signed-out request (or of a stateless API call, which has no session) is answered with
     * a sign-in redirect or an empty 403 instead of its status.
     */
    @Bean
    @Order(2)
    SecurityFilterChain operationsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/info",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }
}
