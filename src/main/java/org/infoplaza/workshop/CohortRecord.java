package org.infoplaza.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What a cohort's training statistics are counted from, as the workshop records it now: its sessions, the
 * members it has a place for, the marks, who completed by the workshop's own rule
 * ({@link AttendanceService}'s threshold over the sessions that count), the certificates and the
 * questionnaire's change per person. Member ids only, never a name; it is for the reporting module's
 * counting and leaves no centre as it is.
 *
 * @param sessions every session, cancelled ones included, in time order
 * @param enrolled members with a place (not waitlisted, not withdrawn)
 * @param completed enrolled members who reached the course's threshold over the sessions that count
 * @param scoreChanges for each member who answered both questionnaires: mean after minus mean before
 */
public record CohortRecord(long cohortId, long centreId, List<Meeting> sessions, Set<Long> enrolled,
        List<Mark> marks, Set<Long> completed, List<Issued> certificates, List<BigDecimal> scoreChanges) {

    public CohortRecord {
        sessions = List.copyOf(sessions);
        enrolled = Set.copyOf(enrolled);
        marks = List.copyOf(marks);
        completed = Set.copyOf(completed);
        certificates = List.copyOf(certificates);
        scoreChanges = List.copyOf(scoreChanges);
    }

    /** A session; {@code attendanceTaken} when anyone has a mark for it. Times are Panama wall-clock times. */
    public record Meeting(long sessionId, LocalDateTime startsAt, boolean cancelled, boolean attendanceTaken) {
    }

    /** One member's mark at one session. */
    public record Mark(long sessionId, long memberId, AttendanceStatus status) {
    }

    /** A certificate of the cohort, revoked or not. */
    public record Issued(long memberId, Instant issuedAt, boolean revoked) {
    }
}
