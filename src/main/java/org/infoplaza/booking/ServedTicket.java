package org.infoplaza.booking;

import java.time.LocalDateTime;

/** A walk-in ticket that ended with a station, as {@link QueueTicketServed} reported it. */
public record ServedTicket(long ticketId, long centreId, LocalDateTime issuedAt, LocalDateTime servedAt) {
}
