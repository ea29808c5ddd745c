package org.infoplaza.workshop;

/** Marks were recorded (or changed) at a session of a cohort: one event per tap or per "everyone present". */
public record AttendanceTaken(long cohortId, long sessionId) {
}
