package org.infoplaza.workshop;

/** A member's certificate of a cohort was revoked; the record stays, so its code answers "revoked". */
public record CertificateRevoked(long cohortId, long memberId) {
}
