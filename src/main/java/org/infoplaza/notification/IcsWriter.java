package org.infoplaza.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes one event as an iCalendar (RFC 5545) file. Times are in UTC, so calendar apps show them in the
 * reader's zone without a time-zone block; text is escaped and long lines folded at 75 octets as the
 * standard asks.
 */
final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsWriter() {
    }

    static String write(CalendarEvent event, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Infoplaza Manager//ES");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + escape(event.uid()));
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(event.start()));
        line(ics, "DTEND:" + UTC.format(event.end()));
        line(ics, "SUMMARY:" + escape(event.summary()));
        if (event.location() != null) {
            line(ics, "LOCATION:" + escape(event.location()));
        }
        if (event.description() != null) {
            line(ics, "DESCRIPTION:" + escape(event.description()));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded so no physical line exceeds 75 octets of UTF-8. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
