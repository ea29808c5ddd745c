package org.infoplaza.reporting;

import java.time.Instant;

/**
 * One snapshot of a centre's month: which revision of the figures it holds (the number goes up only when
 * the figures changed), why it was taken, when and by whom (staff, or the system), and the station use it
 * recorded with the change from the snapshot before ("3 sesiones más"); {@code changed} says this snapshot
 * started a new revision (some figure differs, perhaps only a count of members). Sessions and hours only: they count
 * uses, not people, so the secretariat may read them per centre.
 */
public record MonthRevision(int revision, RevisionOccasion occasion, Instant takenAt, String takenBy, long sessions,
        long guestSessions, double hours, boolean changed, long sessionsChange, double hoursChange) {
}
