package org.infoplaza.workshop;

/** A member moved from the waitlist into a place of the cohort; they are told by mail when they have one. */
public record EnrolmentPromoted(long cohortId, long memberId) {
}
