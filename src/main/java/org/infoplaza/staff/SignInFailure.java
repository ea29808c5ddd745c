package org.infoplaza.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.infoplaza.shared.AbstractEntity;

/** One refused sign-in: which username was tried, when, from which address and why it was refused. */
@Entity
@Table(name = "staff_sign_in_failure")
class SignInFailure extends AbstractEntity {

    /** Longest username kept: a longer one is no account's, and may be a password typed in the wrong field. */
    static final int MAX_USERNAME = 60;

    private Instant occurredAt;
    private String usernameTried;
    private Long accountId;
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    private SignInFailureDetails.Reason reason;

    protected SignInFailure() {
    }

    SignInFailure(Instant occurredAt, String usernameTried, Long accountId, String clientAddress,
            SignInFailureDetails.Reason reason) {
        this.occurredAt = occurredAt;
        this.usernameTried = usernameTried.length() > MAX_USERNAME ? usernameTried.substring(0, MAX_USERNAME) : usernameTried;
        this.accountId = accountId;
        this.clientAddress = clientAddress;
        this.reason = reason;
    }

    SignInFailureDetails toDetails() {
        return new SignInFailureDetails(occurredAt, usernameTried, accountId != null, clientAddress, reason);
    }
}
