package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.infoplaza.centre.ClosureDetails;
import org.infoplaza.centre.ClosureKind;
import org.infoplaza.centre.OpeningPeriod;
import org.junit.jupiter.api.Test;

/**
 * The occupancy denominator on a hand-built week: Monday to Friday 08:00–12:00 and 13:00–17:00, Saturday
 * 09:30–12:15, in February 2025 (which starts on a Saturday and has four of every weekday).
 */
class OpeningCapacityTest {

    private static final YearMonth FEBRUARY = YearMonth.of(2025, 2);
    private static final List<OpeningPeriod> WEEK = week();

    @Test
    void a_month_without_closures_offers_every_opening_hour_of_every_day_times_the_stations() {
        OpeningCapacity capacity = OpeningCapacity.of(FEBRUARY, WEEK, List.of(), 10);

        // Weekdays: 4 days × 480 minutes × 5; Saturdays: 4 × 165.
        assertThat(capacity.total()).isEqualTo(10L * (4 * 480 * 5 + 4 * 165));
        assertThat(capacity.at(1, 8)).as("Mondays 08:00").isEqualTo(4 * 60 * 10);
        assertThat(capacity.at(1, 12)).as("the lunch break").isZero();
        assertThat(capacity.at(6, 9)).as("Saturdays from 09:30").isEqualTo(4 * 30 * 10);
        assertThat(capacity.at(6, 12)).as("Saturdays to 12:15").isEqualTo(4 * 15 * 10);
        assertThat(capacity.at(7, 10)).as("Sundays closed").isZero();
    }

    @Test
    void closure_days_are_left_out_including_one_that_starts_in_the_month_before() {
        List<ClosureDetails> closures = List.of(
                closure(LocalDate.of(2025, 1, 30), LocalDate.of(2025, 2, 1)), // Thu 30 Jan to Sat 1 Feb
                closure(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 3)), // Monday 3 February
                closure(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2))); // next month: nothing here

        OpeningCapacity capacity = OpeningCapacity.of(FEBRUARY, WEEK, closures, 2);

        assertThat(capacity.at(1, 9)).as("three Mondays open").isEqualTo(3 * 60 * 2);
        assertThat(capacity.at(4, 9)).as("Thursday 30 January is not February's").isEqualTo(4 * 60 * 2);
        assertThat(capacity.at(6, 10)).as("three Saturdays open").isEqualTo(3 * 60 * 2);
        assertThat(capacity.total()).isEqualTo(2L * (3 * 480 + 4 * 480 * 4 + 3 * 165));
    }

    @Test
    void a_month_boundary_counts_only_the_days_of_the_month() {
        // March 2025 also starts on a Saturday but has 31 days: five Saturdays, Sundays and Mondays.
        OpeningCapacity march = OpeningCapacity.of(YearMonth.of(2025, 3), WEEK, List.of(), 1);
        assertThat(march.at(1, 8)).isEqualTo(5 * 60);
        assertThat(march.at(2, 8)).isEqualTo(4 * 60);
        assertThat(march.at(6, 11)).isEqualTo(5 * 60);
        assertThat(march.total()).isEqualTo(5 * 480 + 4 * 480 * 4 + 5 * 165);
    }

    @Test
    void occupancy_is_used_over_offered_and_undefined_when_nothing_was_offered() {
        OpeningCapacity capacity = OpeningCapacity.of(FEBRUARY, WEEK, List.of(), 10);
        assertThat(OpeningCapacity.rate(capacity.total() / 4, capacity.total())).isEqualTo(0.25);
        assertThat(OpeningCapacity.rate(30, 0)).isNull();
        assertThat(OpeningCapacity.of(FEBRUARY, WEEK, List.of(), 0).total()).as("no station in service").isZero();
        assertThat(capacity.plus(capacity).total()).isEqualTo(2 * capacity.total());
    }

    private static List<OpeningPeriod> week() {
        List<OpeningPeriod> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.add(new OpeningPeriod(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            week.add(new OpeningPeriod(day, LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        week.add(new OpeningPeriod(DayOfWeek.SATURDAY, LocalTime.of(9, 30), LocalTime.of(12, 15)));
        return week;
    }

    private static ClosureDetails closure(LocalDate first, LocalDate last) {
        return new ClosureDetails(1, 1, first, last, ClosureKind.values()[0], "Feriado");
    }
}
