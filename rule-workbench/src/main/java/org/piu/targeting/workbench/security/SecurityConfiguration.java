package org.piu.targeting.workbench.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.piu.targeting.workbench.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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

/**
 * Three filter chains: the REST API (stateless; HTTP Basic for workbench users, X-API-Key for the pipeline, which
 * may only submit flights), the public operational endpoints (health, OpenAPI), and the Vaadin workbench (form
 * login, views guarded by role annotations).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration {

    static final String[] WORKBENCH_ROLES = {"AUTHOR", "APPROVER", "COMPLIANCE", "ADMIN"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    UserDetailsService userDetailsService(AccountStore accounts) {
        return username -> accounts.user(username)
                .map(u -> User.withUsername(u.username())
                        .password(u.passwordHash())
                        .disabled(!u.enabled())
                        .authorities(u.roles().stream().map(Role::authority).toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AccountStore accounts, RefusalAudit refusals) throws Exception {
        ProblemEntryPoint problems = new ProblemEntryPoint(refusals);
        return http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .addFilterBefore(new ApiKeyAuthenticationFilter(accounts, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                POST, "/api/v1/assessments", "/api/v1/messages", "/api/v1/messages/parse")
                        .hasAnyRole("PIPELINE", "ADMIN")
                        .requestMatchers("/api/v1/api-keys/**", "/api/v1/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers(GET, "/api/v1/watchlists/**")
                        .hasAnyRole(WORKBENCH_ROLES)
                        .requestMatchers("/api/v1/watchlists/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/v1/audit/**")
                        .hasAnyRole("COMPLIANCE", "ADMIN")
                        .anyRequest()
                        .hasAnyRole(WORKBENCH_ROLES))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operationsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(
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

    @Bean
    @Order(3)
    SecurityFilterChain workbenchChain(HttpSecurity http) throws Exception {
        // The workbench's own stylesheet is public like Vaadin's: the login page uses it before anyone signs in.
        return http.authorizeHttpRequests(a -> a.requestMatchers("/piu.css").permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
