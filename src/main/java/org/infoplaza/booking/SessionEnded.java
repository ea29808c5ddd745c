package org.infoplaza.booking;

import java.time.LocalDateTime;

/** A session was checked out: the station is free again and the visit can be counted. */
public record SessionEnded(long bookingId, long centreId, long stationId, Long memberId, BookingKind kind,
        VisitPurpose purpose, LocalDateTime startedAt, LocalDateTime endedAt) {
}
