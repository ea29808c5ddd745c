package org.infoplaza.workshop;

/** A member left a cohort (or its waitlist). */
public record EnrolmentWithdrawn(long cohortId, long memberId, EnrolmentStatus previousStatus) {
}
