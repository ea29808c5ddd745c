package org.infoplaza.reporting.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.infoplaza.security.ApiClient;
import org.infoplaza.security.BearerTokens;
import org.infoplaza.security.TokenCheck;
import org.springframework.stereotype.Component;

/**
 * Checks a bearer token for the security chain of {@code /api/**}, before anyone is authenticated (so it
 * carries no {@code @PreAuthorize}). The token is found by its hash through the unique indexes of the current
 * and the previous secret, and the stored hash is compared again in constant time; revoked tokens are not
 * found. The current secret works until the token's expiry, the previous one (replaced by a rotation) until
 * the end of its grace period; after that either is answered as expired. The last use is written at most
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
    public TokenCheck check(String token) {
        if (token == null || token.length() > TokenText.MAX_LENGTH || !token.startsWith(TokenText.PREFIX)) {
            return TokenCheck.REFUSED;
        }
        String hash = TokenText.hash(token);
        Optional<ApiTokenStore.Candidate> found = store.findActive(hash);
        if (found.isEmpty()) {
            return TokenCheck.REFUSED;
        }
        ApiTokenStore.Candidate candidate = found.get();
        Instant validUntil;
        if (TokenText.sameHash(candidate.tokenHash(), hash)) {
            validUntil = candidate.expiresAt();
        } else if (candidate.previousHash() != null && TokenText.sameHash(candidate.previousHash(), hash)) {
            validUntil = candidate.previousValidUntil();
        } else {
            return TokenCheck.REFUSED;
        }
        Instant now = clock.instant();
        if (!now.isBefore(validUntil)) {
            return new TokenCheck.Expired(validUntil);
        }
        stamp(candidate, now);
        return new TokenCheck.Accepted(new ApiClient(candidate.id(), candidate.label()));
    }

    private void stamp(ApiTokenStore.Candidate token, Instant now) {
        Instant staleBefore = now.minus(STAMP_EVERY);
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(staleBefore)) {
            store.touch(token.id(), now, staleBefore);
        }
    }
}
