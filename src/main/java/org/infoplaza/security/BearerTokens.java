package org.infoplaza.security;

import java.util.Optional;

/**
 * Checks the bearer tokens of the REST API. The module that issues the tokens implements it; this module
 * only asks, so it knows nothing of how tokens are stored. Called before anyone is authenticated, for every
 * API request: an implementation must be cheap and must not need a signed-in user.
 */
public interface BearerTokens {

    /** What this text is worth as a token now. */
    TokenCheck check(String token);

    /** The client a working token belongs to; empty for any other text, an expired token included. */
    default Optional<ApiClient> verify(String token) {
        return check(token) instanceof TokenCheck.Accepted accepted ? Optional.of(accepted.client()) : Optional.empty();
    }
}
