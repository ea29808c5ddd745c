package org.infoplaza.workshop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * How a cohort's sessions repeat: on these weekdays, at these hours, for so many weeks from the first day
 * (for example Tuesdays and Thursdays 15:00–17:00 for 5 weeks).
 */
public record WeeklyPattern(LocalDate firstDay, int weeks, Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    public static final int MAX_WEEKS = 52;

    public WeeklyPattern {
        days = days == null ? Set.of() : Set.copyOf(days);
    }
}
