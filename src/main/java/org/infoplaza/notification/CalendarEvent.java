package org.infoplaza.notification;

import java.time.Instant;

/**
 * An appointment attached to a message as an iCalendar file, so the recipient's phone can add it. The
 * {@code uid} must stay the same for the same booking or session, so an update replaces the entry.
 */
public record CalendarEvent(String uid, Instant start, Instant end, String summary, String location,
        String description) {
}
