package org.infoplaza.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CentreDetailsTest {

    @Test
    void a_centre_is_open_in_the_month_it_opened_and_after_but_not_before() {
        CentreDetails centre = openedOn(LocalDate.of(2026, 11, 30));

        assertThat(centre.openIn(YearMonth.of(2026, 10))).isFalse();
        assertThat(centre.openIn(YearMonth.of(2026, 11))).isTrue();
        assertThat(centre.openIn(YearMonth.of(2027, 1))).isTrue();
    }

    @Test
    void a_centre_without_a_recorded_opening_counts_in_every_month() {
        assertThat(openedOn(null).openIn(YearMonth.of(1999, 1))).isTrue();
    }

    private static CentreDetails openedOn(LocalDate day) {
        return new CentreDetails(1, 0, "PAN-X", "Infoplaza X", 1, "Panamá", "Panamá", null, null, null, null, null,
                HostKind.OTHER, CentreRules.defaults(), List.of(), true, day);
    }
}
