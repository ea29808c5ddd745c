package org.infoplaza.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.infoplaza.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Vaadin's view access control ({@code @RolesAllowed} on views) plus {@code @PreAuthorize} on services.
 * JSR-250 method security stays off on purpose: it would wrap every {@code @RolesAllowed} view in a
 * proxy, and a view must be the component instance Vaadin attaches. Accounts come from the staff module
 * through its {@code UserDetailsService}; this module knows nothing of how they are stored.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // Our own style sheets are public so the sign-in page is styled too; so is the charting library's
        // script from its webjar, which public pages draw charts with as well.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/webjars/echarts/**").permitAll());
        // Health (statuses only, no details) for the load balancer. Metrics need a token (MetricsSecurityConfig).
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // Track sessions per person so an administrator's change to an account can end them.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry()));
        // The Content-Security-Policy is set by ContentSecurityPolicyFilter, ahead of every servlet.
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("geolocation=(), microphone=()")));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container drops a session. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Delegating encoder: bcrypt today, and stored hashes keep working if the default ever moves on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
