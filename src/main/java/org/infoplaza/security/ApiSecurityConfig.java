package org.infoplaza.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.infoplaza.shared.Translations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The security of the read-only REST API under {@code /api/**}, a chain of its own ahead of the Vaadin one
 * in {@link SecurityConfig}: stateless (no session is read or made, so a signed-in browser cannot use the API
 * with its cookie and a token never opens a session for the views), no CSRF (nothing is changed and no
 * cookie authenticates), no login form, only reads. {@code /api/v1/**} needs a bearer token
 * ({@link BearerTokenFilter}) that has not expired, and each token may make only so many requests
 * ({@link ApiRateLimit}); the OpenAPI description and its browser page are public, since they describe
 * the API and hold no data. Refusals are JSON ({@link ApiResponses}), never a redirect to the login page.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    /** Before the Vaadin chain, which matches every request and so must come last. */
    static final int ORDER = 1;

    @Bean
    @Order(ORDER)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ObjectProvider<BearerTokens> tokens,
            ApiRateLimit rateLimit, Translations translations, SecurityContextHolderStrategy contexts)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/**").hasAuthority(ApiClient.AUTHORITY)
                        .anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, rateLimit, translations, contexts), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, refused) ->
                                unauthorized(request, response, translations, "api.error.unauthorized"))
                        .accessDeniedHandler((request, response, refused) -> ApiResponses.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "forbidden",
                                translations.getTranslation("api.error.forbidden", ApiResponses.locale(request)))));
        return http.build();
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, Translations translations,
            String messageKey) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"infoplaza\"");
        ApiResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                translations.getTranslation(messageKey, ApiResponses.locale(request)));
    }
}
