package org.infoplaza.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeFieldsTest {

    private static String shortTime(Locale locale, LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    @Test
    void pickers_write_times_as_hh_mm_on_the_24_hour_clock_like_the_board() {
        assertThat(shortTime(Locale.forLanguageTag("es-PA"), LocalTime.of(15, 5)))
                .as("the 12-hour default it replaces").isNotEqualTo("15:05");

        assertThat(shortTime(TimeFields.CLOCK, LocalTime.of(15, 5))).isEqualTo("15:05");
        assertThat(shortTime(TimeFields.CLOCK, LocalTime.of(9, 0))).isEqualTo("09:00");
        assertThat(TimeFields.twentyFourHour(new TimePicker()).getLocale()).isEqualTo(TimeFields.CLOCK);
    }
}
