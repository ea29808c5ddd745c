package org.infoplaza.booking;

/**
 * Where a walk-in queue ticket stands: waiting its turn, offered a station now (called), served (a session
 * started from the offer), or closed without a session: the offer expired, the visitor declined it, or the
 * desk took the ticket back.
 */
public enum TicketStatus {
    WAITING, OFFERED, SERVED, EXPIRED, DECLINED, CANCELLED;

    public boolean active() {
        return this == WAITING || this == OFFERED;
    }
}
