package org.infoplaza.reporting.api;

import java.time.Instant;

/**
 * A token as the administrators see it in the list: never the token itself, which is not kept.
 *
 * @param lastUsedAt when it was last used, to the minute (null if never)
 * @param revokedAt  when it was revoked (null while it works)
 */
public record ApiTokenSummary(long id, String label, String createdBy, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
