package org.infoplaza.workshop;

import java.time.Instant;

/**
 * A course proposal as its list shows it: the proposed course ({@code course.version()} is the proposal's
 * version), who proposed it and when, and the decision: the reason when declined, the catalogue course when
 * accepted.
 */
public record CourseProposalDetails(long id, long version, CourseData course, ProposalStatus status,
        long proposedBy, String proposedByName, Instant proposedAt, Instant decidedAt, String declineReason,
        Long courseId) {
}
