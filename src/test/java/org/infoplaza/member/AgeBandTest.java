package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void the_date_of_birth_range_of_each_band_agrees_with_the_age_rule_on_every_day_including_leap_days() {
        LocalDate firstDay = LocalDate.of(2023, 12, 1);
        for (LocalDate day = firstDay; day.isBefore(firstDay.plusDays(120)); day = day.plusDays(1)) {
            for (LocalDate born = day.minusYears(70); !born.isAfter(day); born = born.plusDays(13)) {
                check(born, day);
            }
            // Birthdays on the day itself, the day before and after, and leap-day births.
            for (int years : new int[] {11, 12, 14, 15, 17, 18, 24, 25, 59, 60}) {
                check(day.minusYears(years), day);
                check(day.minusYears(years).plusDays(1), day);
                check(day.minusYears(years).minusDays(1), day);
            }
            check(LocalDate.of(2012, 2, 29), day);
            check(LocalDate.of(2008, 2, 29), day);
        }
    }

    @Test
    void a_child_born_on_29_february_is_older_from_29_february_in_a_leap_year_and_from_1_march_otherwise() {
        LocalDate born = LocalDate.of(2012, 2, 29);
        assertThat(inBand(AgeBand.AGE_0_11, born, LocalDate.of(2024, 2, 28))).isTrue();
        assertThat(inBand(AgeBand.AGE_12_14, born, LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(inBand(AgeBand.AGE_12_14, born, LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(inBand(AgeBand.AGE_15_17, born, LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(inBand(AgeBand.AGE_15_17, born, LocalDate.of(2027, 3, 1))).isTrue();
    }

    private static void check(LocalDate born, LocalDate day) {
        int age = MemberRules.ageOn(born, day);
        for (AgeBand band : AgeBand.values()) {
            assertThat(inBand(band, born, day)).as("%s born %s on %s (age %d)", band, born, day, age)
                    .isEqualTo(band.contains(age));
        }
    }

    /** What the SQL filter does with the band's dates. */
    private static boolean inBand(AgeBand band, LocalDate born, LocalDate day) {
        LocalDate after = band.bornAfter(day);
        return !born.isAfter(band.bornOnOrBefore(day)) && (after == null || born.isAfter(after));
    }
}
