package org.infoplaza.workshop;

/**
 * One enrolled member on a cohort's certificates page: how far they came and their certificate, the standing
 * one or else the last revoked one (null when none was ever issued).
 */
public record CertificateLine(long memberId, String memberNumber, String memberName, int attended, int sessions,
        int percent, boolean completed, CertificateDetails certificate) {

    /** Completed and holding no certificate that stands: the page offers to issue one. */
    public boolean issuable() {
        return completed && (certificate == null || certificate.revoked());
    }
}
