package org.infoplaza.workshop;

import java.util.List;

/**
 * A cohort's certificates page in one read: the cohort, whether its last session is over (certificates are
 * issued only then) and one line per enrolled member.
 */
public record CertificateSheet(long cohortId, String cohortName, String courseTitle, long centreId,
        boolean finished, List<CertificateLine> lines) {
}
