package org.infoplaza.booking;

import java.time.LocalDateTime;

/**
 * A booked member arrived and the booking became a session, for the reports (bookings kept against
 * no-shows). Published in the check-in's transaction, like {@link SessionEnded}.
 */
public record BookingCheckedIn(long bookingId, long centreId, long stationId, long memberId, LocalDateTime startsAt,
        LocalDateTime checkedInAt) {
}
