package org.infoplaza.booking;

import java.time.LocalDateTime;

/** A booking was cancelled and its time is free again (for the walk-in queue and notifications later). */
public record BookingCancelled(long bookingId, long centreId, long stationId, long memberId, LocalDateTime startsAt) {
}
