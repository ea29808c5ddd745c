package org.infoplaza.security;

import java.time.Instant;

/**
 * What a bearer token of the REST API is worth at the moment it is checked: it opens the API for its client,
 * it did but has run out (it expired, or a rotation replaced it and its grace period is over), or it is
 * nothing we know (wrong, unknown, revoked). Only a token that was once good learns that it expired.
 */
public sealed interface TokenCheck {

    /** Anything that is not one of our working or expired tokens. */
    TokenCheck REFUSED = new Refused();

    record Accepted(ApiClient client) implements TokenCheck {
    }

    /** @param at when it stopped working */
    record Expired(Instant at) implements TokenCheck {
    }

    record Refused() implements TokenCheck {
    }
}
