package org.infoplaza.booking;

import java.time.LocalDateTime;

/**
 * A booking to make: for a member, at a centre, on a station ({@code null} for any free station that
 * suits the member), from {@code start} (Panama local time) for {@code durationMinutes}.
 */
public record BookingRequest(long memberId, long centreId, Long stationId, LocalDateTime start, int durationMinutes) {
}
