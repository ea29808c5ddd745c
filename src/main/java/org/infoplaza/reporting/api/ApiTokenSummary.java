package org.infoplaza.reporting.api;

import java.time.Instant;

/**
 * A token as the administrators see it in the list: never the token itself, which is not kept.
 *
 * @param expiresAt          when it stops working unless rotated before (rotation sets a new date)
 * @param lastUsedAt         when it was last used, to the minute (null if never)
 * @param revokedAt          when it was revoked (null while it works)
 * @param rotatedAt          when it was last given a new secret (null if never), and {@code rotatedBy} by whom
 * @param previousValidUntil until when the secret it had before its last rotation keeps working (null when it
 *                           was ended at once or there was none)
 */
public record ApiTokenSummary(long id, String label, String createdBy, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt, Instant rotatedAt, String rotatedBy, Instant previousValidUntil) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether the secret replaced by the last rotation still opens the API at {@code now}. */
    public boolean previousWorks(Instant now) {
        return !revoked() && previousValidUntil != null && now.isBefore(previousValidUntil);
    }
}
