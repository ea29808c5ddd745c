package org.infoplaza.reporting.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.infoplaza.security.ApiClient;
import org.infoplaza.security.BearerTokens;
import org.springframework.stereotype.Component;

/**
 * Checks a bearer token for the security chain of {@code /api/**}, before anyone is authenticated (so it
 * carries no {@code @PreAuthorize}). The token is found by its hash through the unique index, and the stored
 * hash is compared again in constant time; revoked tokens are not found. The last use is written at most
 * once a minute per token (the update only matches an older stamp), so a busy client costs one read per
 * request and one write a minute.
 */
@Component
class ApiTokenVerifier implements BearerTokens {

    static final Duration STAMP_EVERY = Duration.ofMinutes(1);

    private final ApiTokenStore store;
    private final Clock clock;

    ApiTokenVerifier(ApiTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<ApiClient> verify(String token) {
        if (token == null || token.length() > TokenText.MAX_LENGTH || !token.startsWith(TokenText.PREFIX)) {
            return Optional.empty();
        }
        String hash = TokenText.hash(token);
        Optional<ApiTokenStore.Candidate> found = store.findActive(hash)
                .filter(candidate -> TokenText.sameHash(candidate.tokenHash(), hash));
        found.ifPresent(this::stamp);
        return found.map(candidate -> new ApiClient(candidate.id(), candidate.label()));
    }

    private void stamp(ApiTokenStore.Candidate token) {
        Instant now = clock.instant();
        Instant staleBefore = now.minus(STAMP_EVERY);
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(staleBefore)) {
            store.touch(token.id(), now, staleBefore);
        }
    }
}
