package org.infoplaza.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.infoplaza.shared.Translations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API's gate: only reads pass (anything but GET or HEAD is answered 405 before any other work), and
 * an {@code Authorization: Bearer <token>} header authenticates the request as the {@link ApiClient} the
 * token belongs to, for this request only. A header with a wrong, unknown or revoked token is refused at
 * once with 401; a request without one goes on unauthenticated, and the chain's rules decide.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final String BEARER = "Bearer ";

    private final ObjectProvider<BearerTokens> tokens;
    private final Translations translations;

    BearerTokenFilter(ObjectProvider<BearerTokens> tokens, Translations translations) {
        this.tokens = tokens;
        this.translations = translations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!READS.contains(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
            ApiResponses.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method-not-allowed",
                    translations.getTranslation("api.error.method-not-allowed", ApiResponses.locale(request)));
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            Optional<ApiClient> client = Optional.empty();
            if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                String token = header.substring(BEARER.length()).trim();
                BearerTokens verifier = tokens.getIfAvailable();
                client = verifier == null || token.isEmpty() ? Optional.empty() : verifier.verify(token);
            }
            if (client.isEmpty()) {
                ApiSecurityConfig.unauthorized(request, response, translations, "api.error.invalid-token");
                return;
            }
            SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client.get(), null,
                    List.of(new SimpleGrantedAuthority(ApiClient.AUTHORITY))));
            SecurityContextHolder.getContextHolderStrategy().setContext(context);
        }
        chain.doFilter(request, response);
    }
}
