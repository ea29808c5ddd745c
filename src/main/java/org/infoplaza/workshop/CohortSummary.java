package org.infoplaza.workshop;

import java.time.LocalDateTime;

/** A cohort as a list shows it; the first and last session are null while it has none. */
public record CohortSummary(long id, String name, long courseId, String courseTitle, Track track, long centreId,
        int capacity, int enrolled, int waitlisted, LocalDateTime firstSession, LocalDateTime lastSession,
        boolean cancelled) {
}
