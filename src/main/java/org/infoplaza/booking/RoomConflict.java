package org.infoplaza.booking;

import java.time.LocalDateTime;

/**
 * An existing booking or session that a room use would overlap, for a preview before the workshop is saved:
 * which use ({@code reference}), which booking on which station and when. It names no one.
 */
public record RoomConflict(String reference, long bookingId, String stationLabel, LocalDateTime start,
        LocalDateTime end, BookingStatus status) {
}
