package org.infoplaza.booking;

import java.time.LocalDateTime;

/** A booking was released because its member did not check in in time (for the queue and a notice later). */
public record NoShowReleased(long bookingId, long centreId, long stationId, long memberId, LocalDateTime startsAt) {
}
