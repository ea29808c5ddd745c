package org.infoplaza.centre;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.infoplaza.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The timetable rules a centre enforces itself, whatever the form or the caller let through. */
class CentreTest {

    private final Centre centre = new Centre("TEST-01");

    @Test
    void a_day_with_a_lunch_break_keeps_both_periods_in_order() {
        centre.replaceOpeningHours(List.of(
                period(TUESDAY, "08:00", "12:00"),
                period(MONDAY, "13:00", "17:00"),
                period(MONDAY, "08:00", "12:00")));

        assertThat(centre.getOpeningHours()).containsExactly(
                period(MONDAY, "08:00", "12:00"),
                period(MONDAY, "13:00", "17:00"),
                period(TUESDAY, "08:00", "12:00"));
    }

    @Test
    void a_period_may_start_when_the_previous_one_ends() {
        centre.replaceOpeningHours(List.of(period(MONDAY, "08:00", "12:00"), period(MONDAY, "12:00", "13:00")));

        assertThat(centre.getOpeningHours()).hasSize(2);
    }

    @Test
    void the_same_hours_on_different_days_do_not_overlap() {
        centre.replaceOpeningHours(List.of(period(MONDAY, "08:00", "17:00"), period(TUESDAY, "08:00", "17:00")));

        assertThat(centre.getOpeningHours()).hasSize(2);
    }

    @Test
    void overlapping_periods_on_one_day_are_refused() {
        assertRefused(List.of(period(MONDAY, "08:00", "12:00"), period(MONDAY, "11:30", "17:00")), "centre.hours.overlap");
    }

    @Test
    void a_period_inside_a_longer_one_is_refused_even_when_others_lie_between() {
        assertRefused(List.of(period(MONDAY, "08:00", "18:00"), period(MONDAY, "09:00", "10:00"),
                period(MONDAY, "15:00", "16:00")), "centre.hours.overlap");
    }

    @Test
    void a_period_ending_before_it_starts_is_refused() {
        assertRefused(List.of(period(MONDAY, "17:00", "13:00")), "centre.hours.order");
    }

    @Test
    void a_period_without_length_is_refused() {
        assertRefused(List.of(period(MONDAY, "08:00", "08:00")), "centre.hours.order");
    }

    @Test
    void a_refused_timetable_leaves_the_previous_one_in_place() {
        centre.replaceOpeningHours(List.of(period(MONDAY, "08:00", "12:00")));

        assertRefused(List.of(period(TUESDAY, "08:00", "12:00"), period(TUESDAY, "10:00", "14:00")),
                "centre.hours.overlap");
        assertThat(centre.getOpeningHours()).containsExactly(period(MONDAY, "08:00", "12:00"));
    }

    @Test
    void a_period_includes_its_opening_minute_but_not_its_closing_minute() {
        OpeningPeriod morning = period(MONDAY, "08:00", "12:00");

        assertThat(morning.contains(MONDAY, LocalTime.of(8, 0))).isTrue();
        assertThat(morning.contains(MONDAY, LocalTime.of(11, 59))).isTrue();
        assertThat(morning.contains(MONDAY, LocalTime.of(12, 0))).isFalse();
        assertThat(morning.contains(TUESDAY, LocalTime.of(9, 0))).isFalse();
        assertThat(morning.minutes()).isEqualTo(240);
    }

    private void assertRefused(List<OpeningPeriod> hours, String messageKey) {
        assertThatThrownBy(() -> centre.replaceOpeningHours(hours))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private static OpeningPeriod period(DayOfWeek day, String opensAt, String closesAt) {
        return new OpeningPeriod(day, LocalTime.parse(opensAt), LocalTime.parse(closesAt));
    }
}
