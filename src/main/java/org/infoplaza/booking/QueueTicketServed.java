package org.infoplaza.booking;

import java.time.LocalDateTime;

/**
 * A walk-in queue ticket ended with the visitor on a station: how long they waited, for the reports.
 * Published in the acceptance's transaction; it names no one (a guest's ticket and a member's look alike).
 */
public record QueueTicketServed(long ticketId, long centreId, LocalDateTime issuedAt, LocalDateTime servedAt) {
}
