package org.infoplaza.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

/**
 * One opening period on one weekday; a day with a lunch break has two (08:00–12:00 and 13:00–17:00).
 * The not-null rules let the service refuse a half-filled period with a message instead of failing on it.
 */
@Embeddable
public record OpeningPeriod(
        @NotNull(message = "{centre.hours.incomplete}") @Column(name = "day_of_week") @Convert(converter = DayOfWeekConverter.class) DayOfWeek day,
        @NotNull(message = "{centre.hours.incomplete}") @Column(name = "opens_at") LocalTime opensAt,
        @NotNull(message = "{centre.hours.incomplete}") @Column(name = "closes_at") LocalTime closesAt) {

    public boolean overlaps(OpeningPeriod other) {
        return day == other.day && opensAt.isBefore(other.closesAt) && other.opensAt.isBefore(closesAt);
    }

    public boolean contains(DayOfWeek when, LocalTime time) {
        return day == when && !time.isBefore(opensAt) && time.isBefore(closesAt);
    }

    public long minutes() {
        return Duration.between(opensAt, closesAt).toMinutes();
    }
}
