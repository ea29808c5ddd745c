package org.infoplaza.booking;

/** How a station came to be used: booked ahead, taken on arrival, or by an unregistered guest. */
public enum BookingKind {
    BOOKING, WALK_IN, GUEST
}
