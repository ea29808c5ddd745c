package org.infoplaza.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    private static final Instant START = Instant.parse("2026-12-01T14:00:00Z");

    @Test
    void an_event_becomes_a_calendar_with_utc_times_and_crlf_lines() {
        String ics = IcsWriter.write(new CalendarEvent("booking-42@infoplaza", START, START.plusSeconds(3600),
                "Sesión en PC-07", "Infoplaza Curundú", null), Instant.parse("2026-11-28T10:00:00Z"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("UID:booking-42@infoplaza\r\n", "DTSTART:20261201T140000Z\r\n",
                "DTEND:20261201T150000Z\r\n", "DTSTAMP:20261128T100000Z\r\n", "SUMMARY:Sesión en PC-07\r\n");
        assertThat(ics).doesNotContain("DESCRIPTION");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void commas_semicolons_backslashes_and_newlines_are_escaped() {
        assertThat(IcsWriter.escape("Aula 2; piso 1, Colón\\Cristóbal\nTraer cédula"))
                .isEqualTo("Aula 2\\; piso 1\\, Colón\\\\Cristóbal\\nTraer cédula");
    }

    @Test
    void long_lines_are_folded_at_75_octets_without_splitting_a_character() {
        String description = "Taller de habilidades digitales para jóvenes: ñandú, acción, corazón, ".repeat(4);
        String ics = IcsWriter.write(new CalendarEvent("u", START, START, "s", null, description), START);

        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("DESCRIPTION:" + IcsWriter.escape(description) + "\r\n");
    }
}
