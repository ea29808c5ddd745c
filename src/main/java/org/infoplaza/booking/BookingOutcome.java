package org.infoplaza.booking;

import java.time.LocalDateTime;

/**
 * What became of a booking (not a walk-in) once it was decided, as the reports count it: the same facts
 * {@link BookingCheckedIn}, {@link NoShowReleased} and {@link BookingCancelled} carried when it happened.
 */
public record BookingOutcome(long bookingId, long centreId, LocalDateTime startsAt, Kind kind) {

    /** A booking still waiting for its member has no outcome yet. */
    public enum Kind {
        CHECKED_IN, NO_SHOW, CANCELLED
    }
}
