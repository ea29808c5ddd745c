package org.infoplaza.booking;

import java.time.LocalDateTime;

/**
 * A walk-in queue ticket as the desk sees it: its number of the day, its place among those still waiting
 * (0 once a station is offered), an honest estimate of the wait in minutes ({@code null} when nothing lets
 * us estimate it, e.g. no session running), and while {@code OFFERED} the station held for it and until
 * when; {@code issuedAt} (Panama time) lets the desk see how long the visitor has waited. {@code memberId}
 * is {@code null} for a guest; like {@link BookingDetails} it carries ids, not names.
 */
public record QueueTicket(long id, long version, long centreId, int number, Long memberId, VisitPurpose purpose,
        TicketStatus status, int position, Integer estimatedWaitMinutes, Long offeredStationId,
        LocalDateTime offerExpiresAt, Long bookingId, LocalDateTime issuedAt) {
}
