package org.infoplaza.centre;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The fairness rules of one centre, applied by station scheduling: how long one session may last, how many
 * minutes a member may use per day, how long a booking waits before it is released as a no-show, and how
 * far ahead people may book. Validation messages are translation keys.
 */
public record CentreRules(
        @Min(value = 5, message = "{centre.rules.session.range}") @Max(value = 480, message = "{centre.rules.session.range}") int maxSessionMinutes,
        @Min(value = 5, message = "{centre.rules.daily.range}") @Max(value = 720, message = "{centre.rules.daily.range}") int dailyMinutesPerMember,
        @Min(value = 0, message = "{centre.rules.grace.range}") @Max(value = 60, message = "{centre.rules.grace.range}") int noShowGraceMinutes,
        @Min(value = 1, message = "{centre.rules.horizon.range}") @Max(value = 90, message = "{centre.rules.horizon.range}") int bookingHorizonDays) {

    /** Defaults for a new centre: one-hour sessions, two hours a day, ten minutes' grace, two weeks ahead. */
    public static CentreRules defaults() {
        return new CentreRules(60, 120, 10, 14);
    }
}
