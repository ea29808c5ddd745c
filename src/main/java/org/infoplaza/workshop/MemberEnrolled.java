package org.infoplaza.workshop;

/** A member joined a cohort, with a place ({@code ENROLLED}) or on its waitlist ({@code WAITLISTED}). */
public record MemberEnrolled(long cohortId, long memberId, EnrolmentStatus status) {
}
