package org.infoplaza.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Prometheus metrics need the scrape token {@code infoplaza.metrics.token} ({@code INFOPLAZA_METRICS_TOKEN}) as
 * a bearer token; without a configured token nobody can read them. Metrics hold no personal data, but they tell
 * how busy each centre is and when, so they are not for anyone on the internet. Health stays public for the
 * load balancer (statuses only). Stateless: a scrape never opens a session.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfig {

    static final String AUTHORITY = "METRICS_SCRAPE";

    @Bean
    @Order(ApiSecurityConfig.ORDER + 1)
    SecurityFilterChain metricsSecurityFilterChain(HttpSecurity http,
            @Value("${infoplaza.metrics.token:}") String token, SecurityContextHolderStrategy contexts) throws Exception {
        byte[] expected = token.getBytes(StandardCharsets.UTF_8);
        http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(AUTHORITY))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request,
                            HttpServletResponse response, jakarta.servlet.FilterChain chain)
                            throws jakarta.servlet.ServletException, java.io.IOException {
                        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
                        if (expected.length > 0 && header != null && header.startsWith("Bearer ") && MessageDigest
                                .isEqual(expected, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
                            // The application's own holder, which the rest of the chain reads.
                            SecurityContext context = contexts.createEmptyContext();
                            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    "prometheus", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
                            contexts.setContext(context);
                        }
                        chain.doFilter(request, response);
                    }
                }, AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, refused) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"infoplaza-metrics\"");
                            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                        })
                        .accessDeniedHandler((request, response, refused) ->
                                response.sendError(HttpServletResponse.SC_UNAUTHORIZED)));
        return http.build();
    }
}
