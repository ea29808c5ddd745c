package org.infoplaza.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeFieldsTest {

    private static String shortTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(LocalTime.of(15, 5));
    }

    @Test
    void panamanian_spanish_and_american_english_pickers_write_times_on_the_24_hour_clock_in_their_language() {
        assertThat(shortTime(Locale.forLanguageTag("es-PA"))).as("the 12-hour default it replaces").isNotEqualTo("15:05");

        for (Locale user : new Locale[] {Locale.forLanguageTag("es-PA"), Locale.forLanguageTag("es"), Locale.US}) {
            Locale clock = TimeFields.clockLocale(user);
            assertThat(clock.getLanguage()).isEqualTo(user.getLanguage());
            assertThat(shortTime(clock)).isEqualTo("15:05");
        }
    }
}
