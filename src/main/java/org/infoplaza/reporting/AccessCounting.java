package org.infoplaza.reporting;

import java.util.List;
import java.util.Map;
import org.infoplaza.booking.BookingCancelled;
import org.infoplaza.booking.BookingCheckedIn;
import org.infoplaza.booking.BookingOutcome;
import org.infoplaza.booking.NoShowReleased;
import org.infoplaza.booking.QueueTicketServed;
import org.infoplaza.booking.SessionEnded;
import org.infoplaza.member.MemberRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the access events in the access rollups as they happen, like {@link SessionCounting}: synchronously,
 * inside the transaction that published them, so what rolls back is not counted and what commits is counted
 * once. Each event is one or a few primary-key upserts.
 */
@Component
class AccessCounting {

    private final AccessTables tables;

    AccessCounting(AccessTables tables) {
        this.tables = tables;
    }

    @EventListener
    void on(SessionEnded event) {
        tables.addHours(AccessUse.hourShares(StationUse.Session.of(event)));
        tables.addPurposes(Map.of(AccessUse.purposeUse(event.centreId(), event.startedAt(), event.purpose()), 1));
    }

    @EventListener
    void on(BookingCheckedIn event) {
        tables.addBookingDays(List.of(AccessUse.bookingDay(event.centreId(), event.startsAt(),
                BookingOutcome.Kind.CHECKED_IN)));
    }

    @EventListener
    void on(NoShowReleased event) {
        tables.addBookingDays(List.of(AccessUse.bookingDay(event.centreId(), event.startsAt(),
                BookingOutcome.Kind.NO_SHOW)));
    }

    @EventListener
    void on(BookingCancelled event) {
        tables.addBookingDays(List.of(AccessUse.bookingDay(event.centreId(), event.startsAt(),
                BookingOutcome.Kind.CANCELLED)));
    }

    @EventListener
    void on(QueueTicketServed event) {
        tables.addQueueWaits(Map.of(AccessUse.queueWait(event.centreId(), event.issuedAt(), event.servedAt()), 1));
    }

    @EventListener
    void on(MemberRegistered event) {
        tables.addRegistrations(Map.of(AccessUse.registration(event.homeCentreId(), event.registeredOn(),
                event.sex(), event.ageBand()), 1));
    }
}
