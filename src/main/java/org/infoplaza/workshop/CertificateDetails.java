package org.infoplaza.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate for the staff of its cohort: what it certifies, its verification code and, once revoked,
 * when and why. The member appears by id only.
 */
public record CertificateDetails(long id, long version, String code, long cohortId, long memberId,
        String courseTitle, BigDecimal hours, LocalDate firstDay, LocalDate lastDay,
        String centreName, String facilitators, Instant issuedAt, Instant revokedAt, String revokeReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
