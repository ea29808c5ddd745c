package org.infoplaza.reporting.api;

import java.time.Clock;
import java.util.List;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators give the secretariat's other systems tokens for the read-only REST API, and take them
 * back. A token's text is returned once, by {@link #create}, and only its hash is kept: whoever reads the
 * database or a backup cannot call the API with what they find. A revoked token stops working on the next
 * request and stays listed.
 */
@Service
@Transactional
public class ApiTokens {

    static final int MAX_LABEL = 100;

    private final ApiTokenStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokens(ApiTokenStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new token for the system named by {@code label}; its text is in the result and nowhere else. */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedToken create(String label) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            throw new DomainException("api.token.label.required");
        }
        if (name.length() > MAX_LABEL) {
            throw new DomainException("api.token.label.too-long", MAX_LABEL);
        }
        String token = TokenText.generate();
        long id = store.insert(name, TokenText.hash(token), currentUser.require().getUsername(), clock.instant());
        return new CreatedToken(store.find(id).orElseThrow(), token);
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

    /** Stops the token for good. Revoking a revoked token changes nothing; an unknown one is not found. */
    @PreAuthorize("hasRole('ADMIN')")
    public ApiTokenSummary revoke(long id) {
        store.find(id).orElseThrow(NotFoundException::new);
        store.revoke(id, clock.instant());
        return store.find(id).orElseThrow();
    }
}
