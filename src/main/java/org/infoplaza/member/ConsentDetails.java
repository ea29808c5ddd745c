package org.infoplaza.member;

import java.time.Instant;
import java.time.LocalDate;
import org.infoplaza.shared.PanamaTime;

/** A stored consent. It counts from the day it was granted until the day it expires or is revoked. */
public record ConsentDetails(long id, long memberId, ConsentPurpose purpose, ConsentParty givenBy,
        LocalDate grantedAt, ConsentChannel channel, String textVersion, long recordedBy, boolean minorAssent,
        LocalDate expiresOn, Instant revokedAt) {

    /** Valid on {@code day}: already granted, not yet expired, and not revoked on or before that day. */
    public boolean validOn(LocalDate day) {
        if (day.isBefore(grantedAt)) {
            return false;
        }
        if (expiresOn != null && !day.isBefore(expiresOn)) {
            return false;
        }
        return revokedAt == null || day.isBefore(revokedAt.atZone(PanamaTime.ZONE).toLocalDate());
    }
}
