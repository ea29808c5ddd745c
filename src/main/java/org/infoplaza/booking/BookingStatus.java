package org.infoplaza.booking;

/** A booking's life: booked, then a session from check-in to check-out; or cancelled, or not turned up. */
public enum BookingStatus {
    BOOKED, IN_SESSION, COMPLETED, CANCELLED, NO_SHOW;

    /** Whether the time counts against the member's daily minutes and holds the station. */
    public boolean holdsTime() {
        return this != CANCELLED && this != NO_SHOW;
    }
}
