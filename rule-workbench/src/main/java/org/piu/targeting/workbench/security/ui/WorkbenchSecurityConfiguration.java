package org.piu.targeting.workbench.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
