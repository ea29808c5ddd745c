package org.infoplaza.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.Translations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API's gate: only reads pass (anything but GET or HEAD is answered 405 before any other work), and
 * an {@code Authorization: Bearer <token>} header authenticates the request as the {@link ApiClient} the
 * token belongs to, for this request only. A header with a wrong, unknown or revoked token is refused at
 * once with 401, and so is an expired one, with a message that says so. A working token spends one request of
 * its allowance ({@link ApiRateLimit}); when none is left the answer is 429 with {@code Retry-After}. Every
 * answer to a token carries {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}. A request without a
 * header goes on unauthenticated, and the chain's rules decide.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final String BEARER = "Bearer ";

    private final ObjectProvider<BearerTokens> tokens;
    private final ApiRateLimit rateLimit;
    private final Translations translations;
    private final SecurityContextHolderStrategy contexts;

    /** @param contexts the application's own holder, the one the rest of the chain reads */
    BearerTokenFilter(ObjectProvider<BearerTokens> tokens, ApiRateLimit rateLimit, Translations translations,
            SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.rateLimit = rateLimit;
        this.translations = translations;
        this.contexts = contexts;
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
            TokenCheck check = TokenCheck.REFUSED;
            if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                String token = header.substring(BEARER.length()).trim();
                BearerTokens verifier = tokens.getIfAvailable();
                check = verifier == null || token.isEmpty() ? TokenCheck.REFUSED : verifier.check(token);
            }
            switch (check) {
                case TokenCheck.Accepted accepted -> {
                    if (!withinRateLimit(accepted.client(), request, response)) {
                        return;
                    }
                    authenticate(accepted.client());
                }
                case TokenCheck.Expired expired -> {
                    expired(expired, request, response);
                    return;
                }
                case TokenCheck.Refused refused -> {
                    ApiSecurityConfig.unauthorized(request, response, translations, "api.error.invalid-token");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private boolean withinRateLimit(ApiClient client, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ApiRateLimit.Outcome outcome = rateLimit.take(client.tokenId());
        response.setHeader("X-RateLimit-Limit", Integer.toString(rateLimit.requests()));
        response.setHeader("X-RateLimit-Remaining", Long.toString(outcome.remaining()));
        if (outcome.allowed()) {
            return true;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(outcome.retryAfterSeconds()));
        ApiResponses.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), "too-many-requests",
                translations.getTranslation("api.error.rate-limited", ApiResponses.locale(request),
                        rateLimit.requests(), rateLimit.period().toSeconds(), outcome.retryAfterSeconds()),
                Map.of("retryAfterSeconds", outcome.retryAfterSeconds()));
        return false;
    }

    private void expired(TokenCheck.Expired expired, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var locale = ApiResponses.locale(request);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"infoplaza\", error=\"invalid_token\", error_description=\"The token expired\"");
        ApiResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "token-expired",
                translations.getTranslation("api.error.token-expired", locale,
                        PanamaTime.dateTimeFormat(locale).format(expired.at())),
                Map.of("expiredAt", expired.at().toString()));
    }

    private void authenticate(ApiClient client) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client, null,
                List.of(new SimpleGrantedAuthority(ApiClient.AUTHORITY))));
        contexts.setContext(context);
    }
}
