package org.infoplaza.workshop;

import java.time.LocalDate;

/**
 * A member's place in a cohort, as the roster shows it: number and name (no other personal data), status
 * and, for the waitlist, the position counted from 1 (0 otherwise).
 */
public record EnrolmentDetails(long id, long version, long cohortId, long memberId, String memberNumber,
        String memberName, int age, boolean minor, EnrolmentStatus status, int waitlistPosition,
        LocalDate since) {
}
