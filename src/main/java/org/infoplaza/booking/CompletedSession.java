package org.infoplaza.booking;

import java.time.LocalDateTime;

/**
 * A station session that was checked out (by the desk or by the session-end job), as the reports count it:
 * the same facts {@link SessionEnded} carried when it ended. {@code memberId} is null for a guest.
 */
public record CompletedSession(long bookingId, long centreId, long stationId, Long memberId, BookingKind kind,
        VisitPurpose purpose, LocalDateTime startedAt, LocalDateTime endedAt) {
}
