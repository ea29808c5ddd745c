package org.infoplaza.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
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
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.HttpMethod;
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

    /** Where a sign-in whose page had gone stale is sent back to, to try again on a fresh page. */
    static final String STALE_SIGN_IN = "login?expired";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // Our own style sheets are public so the sign-in page is styled too; so is the charting library's
        // script from its webjar, which public pages draw charts with as well.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/webjars/echarts/**").permitAll());
        // Health (statuses only, no details) for the load balancer. Metrics need a token (MetricsSecurityConfig).
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // Vaadin's configurer exempts its own requests from Spring's CSRF check (they carry Vaadin's token, which
        // Vaadin checks) and also the sign-in post, which left login CSRF open: a hostile page could sign a
        // browser in to the attacker's account. We set CSRF up ourselves with only the first exemption. The
        // sign-in form sends the token: Vaadin writes it into the page's <meta name="_csrf"> and the login
        // form copies it into the post (docs/operations.md, "Security").
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A sign-in refused for its token (the page outlived its session, or another site posted it) goes back
        // to a fresh sign-in page that says so, rather than to an error page.
        http.exceptionHandling(errors -> errors.accessDeniedHandler(staleSignIn()));
        // Track sessions per person so an administrator's change to an account can end them.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry()));
        // The Content-Security-Policy is set by ContentSecurityPolicyFilter, ahead of every servlet.
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("geolocation=(), microphone=()")));
        return http.build();
    }

    /** A sign-in post refused for its CSRF token goes to a fresh sign-in page; anything else gets Spring's 403. */
    private static AccessDeniedHandler staleSignIn() {
        RequestMatcher signInPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, refused) -> {
            if (refused instanceof CsrfException && signInPost.matches(request)) {
                response.sendRedirect(request.getContextPath() + "/" + STALE_SIGN_IN);
            } else {
                forbidden.handle(request, response, refused);
            }
        };
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
