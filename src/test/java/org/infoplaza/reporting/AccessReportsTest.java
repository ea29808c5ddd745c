package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.infoplaza.centre.OpeningPeriod;
import org.junit.jupiter.api.Test;

/** Rates from published tables only, and the occupancy grid trimmed to the hours that matter. */
class AccessReportsTest {

    @Test
    void the_no_show_rate_is_computed_only_from_published_counts() {
        SuppressedTable published = Suppression.apply(CountTable.of(List.of("A", "B", "C"),
                List.of("checked in", "no-shows"), new int[][] {{30, 10}, {20, 0}, {12, 3}}));

        List<AccessReport.Rate> rates = AccessReports.noShowRates(published, Locale.ROOT);

        assertThat(rates.get(1).value()).as("B: no no-shows is a published zero").isEqualTo(0.0);
        assertThat(rates.get(2).value()).as("C: 3 no-shows is hidden, so is its rate").isNull();
        assertThat(published.cell(0, 1).isHidden()).as("A's no-shows hidden as a complement").isTrue();
        assertThat(rates.get(0).value()).isNull();
        assertThat(rates.getLast().label()).isNull();
        assertThat(rates.getLast().value()).as("13 of 75 across the centres, both shown").isEqualTo(13.0 / 75);
    }

    @Test
    void the_grid_runs_from_the_first_to_the_last_hour_open_or_used_each_weekday() {
        YearMonth february = YearMonth.of(2025, 2);
        OpeningCapacity offered = OpeningCapacity.of(february,
                List.of(new OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(10, 0))), List.of(), 1);
        long[][] used = new long[7][24];
        used[0][9] = 120; // Mondays 09:00: half of 4 × 60
        used[2][10] = 15; // a Wednesday session after hours still shows

        OccupancyGrid grid = AccessReports.occupancyGrid(february, "A", used, offered);

        assertThat(grid.hours()).containsExactly(8, 9, 10);
        assertThat(grid.rates()).hasSize(7);
        assertThat(grid.rates().get(0)).containsExactly(0.0, 0.5, null);
        assertThat(grid.rates().get(2)).as("nothing offered: no rate").containsExactly(null, null, null);
    }
}
