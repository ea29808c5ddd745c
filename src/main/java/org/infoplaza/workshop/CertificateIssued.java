package org.infoplaza.workshop;

/** A certificate of completion was issued to a member of a cohort. */
public record CertificateIssued(long cohortId, long memberId) {
}
