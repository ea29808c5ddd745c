package org.infoplaza.workshop;

import java.time.LocalDate;
import java.util.List;

/**
 * The sessions a weekly pattern gives at a centre, and the days it skipped with the reason (a closure, or
 * the centre not open at those hours), for the facilitator to review before saving.
 */
public record SessionPlan(List<SessionTime> sessions, List<SkippedDay> skipped) {

    /** A day the pattern would have met but the centre cannot host it; {@code reasonKey} is a message key. */
    public record SkippedDay(LocalDate day, String reasonKey, String detail) {
    }
}
