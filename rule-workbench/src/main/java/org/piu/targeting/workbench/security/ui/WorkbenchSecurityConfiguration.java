package org.piu.targeting.workbench.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Vaadin workbench's filter chain, after the API's and the operational endpoints' (SecurityConfiguration): form
 * login on {@link LoginView}; each view is guarded by the permission its {@code @RolesAllowed} names.
 */
@Configuration(proxyBeanMethods = false)
class WorkbenchSecurityConfiguration {

    @Bean
    @Order(3)
    SecurityFilterChain workbenchChain(HttpSecurity http) throws Exception {
        // The workbench's own stylesheet and icon are public like Vaadin's: the login page uses them before anyone
        // signs in.
        return http.authorizeHttpRequests(
                        a -> a.requestMatchers("/piu.css", "/icons/**").permitAll())
                // Vaadin's configurer denies an address that is no route (403 from Spring Security, the browser's
                // bare error page); signed-in users reach the workbench instead, which answers with its not-found view
                // inside the shell. Views keep their own access checks.
                .with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).anyRequest(AuthorizedUrl::authenticated))
                .build();
    }
}
