package org.infoplaza.staff;

import java.time.Instant;

/**
 * A refused sign-in as administrators see it. The person trying was told only that the sign-in failed; the
 * reason is for administrators, to tell a forgotten password from someone guessing.
 */
public record SignInFailureDetails(Instant occurredAt, String usernameTried, boolean accountExists,
        String clientAddress, Reason reason) {

    public enum Reason {
        WRONG_PASSWORD, UNKNOWN_ACCOUNT, INACTIVE, THROTTLED
    }
}
