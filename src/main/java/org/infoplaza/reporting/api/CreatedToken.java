package org.infoplaza.reporting.api;

/**
 * A token just made: the only time its text exists outside the caller's systems. Show it once, and let the
 * administrator copy it; it cannot be shown again, only revoked and replaced.
 */
public record CreatedToken(ApiTokenSummary summary, String token) {

    @Override
    public String toString() {
        return "CreatedToken[" + summary.id() + "]";
    }
}
