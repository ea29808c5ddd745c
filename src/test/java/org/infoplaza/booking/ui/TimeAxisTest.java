package org.infoplaza.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.infoplaza.centre.OpeningPeriod;
import org.junit.jupiter.api.Test;

/** A split shift 08:00–12:00 and 13:00–17:00: 48 slot columns each, one closed column between them. */
class TimeAxisTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    // Given out of order on purpose: the axis sorts the periods.
    final TimeAxis axis = new TimeAxis(List.of(
            new OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)),
            new OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));

    @Test
    void the_lunch_gap_is_one_narrow_closed_column_between_the_shifts() {
        assertThat(axis.template()).isEqualTo("9rem repeat(48, 1.25rem) 1rem repeat(48, 1.25rem)");
        assertThat(axis.gapLines()).containsExactly(50);
        assertThat(axis.end()).isEqualTo(2 + 48 + 1 + 48);
    }

    @Test
    void times_fall_on_their_five_minute_column_and_the_gap_has_no_time() {
        assertThat(axis.lineOf(LocalTime.of(8, 0))).hasValue(2);
        assertThat(axis.lineOf(LocalTime.of(8, 7))).hasValue(3);
        assertThat(axis.lineOf(LocalTime.of(13, 0))).hasValue(51);
        assertThat(axis.lineOf(LocalTime.of(12, 30))).isEmpty();
        assertThat(axis.lineOf(LocalTime.of(18, 0))).isEmpty();
    }

    @Test
    void a_booking_spans_its_slots_and_is_clamped_to_its_shift() {
        assertThat(axis.span(DAY.atTime(14, 0), DAY.atTime(15, 0))).hasValue(new TimeAxis.Span(63, 75));
        // A walk-in started at 14:08 ends at 14:38: it covers the 14:05 slot up to the 14:35 one.
        assertThat(axis.span(DAY.atTime(14, 8), DAY.atTime(14, 38))).hasValue(new TimeAxis.Span(64, 71));
        assertThat(axis.span(DAY.atTime(11, 30), DAY.atTime(12, 30))).hasValue(new TimeAxis.Span(44, 50));
        assertThat(axis.span(DAY.atTime(12, 10), DAY.atTime(12, 40))).isEmpty();
    }

    @Test
    void the_header_has_a_mark_every_fifteen_minutes() {
        assertThat(axis.marks()).hasSize(16 + 16);
        assertThat(axis.marks().getFirst()).isEqualTo(new TimeAxis.Mark(LocalTime.of(8, 0), 2, 5));
        assertThat(axis.marks().get(16)).isEqualTo(new TimeAxis.Mark(LocalTime.of(13, 0), 51, 54));
    }

    @Test
    void a_day_without_hours_is_empty() {
        assertThat(new TimeAxis(List.of()).isEmpty()).isTrue();
    }

    @Test
    void a_room_reservation_over_the_lunch_gap_shows_in_both_shifts() {
        assertThat(axis.spans(DAY.atTime(11, 0), DAY.atTime(14, 0)))
                .containsExactly(new TimeAxis.Span(38, 50), new TimeAxis.Span(51, 63));
        assertThat(axis.spans(DAY.atTime(7, 0), DAY.atTime(18, 0)))
                .containsExactly(new TimeAxis.Span(2, 50), new TimeAxis.Span(51, 99));
        assertThat(axis.spans(DAY.atTime(12, 10), DAY.atTime(12, 50))).isEmpty();
    }
}
