package org.infoplaza.reporting.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators give the secretariat's other systems tokens for the read-only REST API, renew them and
 * take them back. A token's text is returned once, by {@link #create} or {@link #rotate}, and only its hash is
 * kept: whoever reads the database or a backup cannot call the API with what they find.
 * <p>
 * Every token expires: {@code infoplaza.api.tokens.default-validity} after it is made (90 days) unless the
 * administrator picks another period, at most {@code infoplaza.api.tokens.max-validity}. Rotating gives the
 * same token a new secret and a new expiry; the old secret keeps working for
 * {@code infoplaza.api.tokens.rotation-grace} (never past its own expiry) so the system can switch over, unless
 * the administrator ends it at once, as for a secret that leaked. A revoked token stops working on the next
 * request, both secrets, and stays listed.
 */
@Service
@Transactional
public class ApiTokens {

    static final int MAX_LABEL = 100;

    private final ApiTokenStore store;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int defaultValidityDays;
    private final int maxValidityDays;
    private final Duration rotationGrace;

    ApiTokens(ApiTokenStore store, CurrentUser currentUser, Clock clock,
            @Value("${infoplaza.api.tokens.default-validity}") Duration defaultValidity,
            @Value("${infoplaza.api.tokens.max-validity}") Duration maxValidity,
            @Value("${infoplaza.api.tokens.rotation-grace}") Duration rotationGrace) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
        this.defaultValidityDays = Math.toIntExact(defaultValidity.toDays());
        this.maxValidityDays = Math.toIntExact(maxValidity.toDays());
        this.rotationGrace = rotationGrace;
        if (defaultValidityDays < 1 || defaultValidityDays > maxValidityDays || rotationGrace.isNegative()) {
            throw new IllegalArgumentException("infoplaza.api.tokens: the default validity must be from one day to "
                    + "the maximum validity, and the rotation grace must not be negative");
        }
    }

    /** A new token for the system named by {@code label}, valid for the default period. */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedToken create(String label) {
        return create(label, defaultValidityDays);
    }

    /** A new token for the system named by {@code label}, valid {@code validDays}; its text is in the result and nowhere else. */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedToken create(String label, int validDays) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            throw new DomainException("api.token.label.required");
        }
        if (name.length() > MAX_LABEL) {
            throw new DomainException("api.token.label.too-long", MAX_LABEL);
        }
        checkValidity(validDays);
        String token = TokenText.generate();
        Instant now = clock.instant();
        long id = store.insert(name, TokenText.hash(token), currentUser.require().getUsername(), now,
                now.plus(Duration.ofDays(validDays)));
        return new CreatedToken(store.find(id).orElseThrow(), token);
    }

    /**
     * Gives the token a new secret, valid {@code validDays} from now, and returns its text (once). The secret
     * it replaces keeps working for the rotation grace period (not past its own expiry), or stops at once when
     * {@code endPreviousNow}. An expired token can be rotated (that renews it); a revoked one cannot.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedToken rotate(long id, int validDays, boolean endPreviousNow) {
        checkValidity(validDays);
        String replaced = store.lockCurrentHash(id).orElseThrow(NotFoundException::new);
        ApiTokenSummary token = store.find(id).orElseThrow(NotFoundException::new);
        if (token.revoked()) {
            throw new DomainException("api.token.rotate.revoked");
        }
        Instant now = clock.instant();
        Instant previousUntil = null;
        if (!endPreviousNow) {
            Instant until = now.plus(rotationGrace);
            until = until.isBefore(token.expiresAt()) ? until : token.expiresAt();
            previousUntil = until.isAfter(now) ? until : null;
        }
        String secret = TokenText.generate();
        if (!store.rotate(id, replaced, TokenText.hash(secret), now.plus(Duration.ofDays(validDays)), previousUntil,
                currentUser.require().getUsername(), now)) {
            throw new ConcurrentEditException();
        }
        return new CreatedToken(store.find(id).orElseThrow(), secret);
    }

    /** A page of the tokens, newest first, revoked ones included. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> page(int offset, int limit) {
        return store.page(offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count() {
        return store.count();
    }

    /** Stops the token for good, both its secrets. Revoking a revoked token changes nothing; an unknown one is not found. */
    @PreAuthorize("hasRole('ADMIN')")
    public ApiTokenSummary revoke(long id) {
        store.find(id).orElseThrow(NotFoundException::new);
        store.revoke(id, clock.instant());
        return store.find(id).orElseThrow();
    }

    /** How long a new token is valid unless the administrator picks another period. */
    public int defaultValidityDays() {
        return defaultValidityDays;
    }

    /** The longest validity an administrator may pick. */
    public int maxValidityDays() {
        return maxValidityDays;
    }

    /** How long a rotated-out secret keeps working unless ended at once. */
    public Duration rotationGrace() {
        return rotationGrace;
    }

    private void checkValidity(int validDays) {
        if (validDays < 1 || validDays > maxValidityDays) {
            throw new DomainException("api.token.validity.range", maxValidityDays);
        }
    }
}
