package org.infoplaza.workshop;

import java.time.LocalDateTime;

/** A session on the caller's "today" list, with how far its attendance has been taken. */
public record TodaySession(long sessionId, long cohortId, String cohortName, String courseTitle, long centreId,
        LocalDateTime start, LocalDateTime end, int position, int sessionsInCohort, int onRoster, int marked) {
}
