package org.infoplaza.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infoplaza.booking.BookingFacts;
import org.infoplaza.booking.BookingOutcome;
import org.infoplaza.booking.CompletedSession;
import org.infoplaza.booking.ServedTicket;
import org.infoplaza.member.MemberRegistered;
import org.infoplaza.member.RegistrationFacts;
import org.infoplaza.reporting.AccessUse.BookingDay;
import org.infoplaza.reporting.AccessUse.HourShare;
import org.infoplaza.reporting.AccessUse.PurposeUse;
import org.infoplaza.reporting.AccessUse.QueueWait;
import org.infoplaza.reporting.AccessUse.Registration;
import org.springframework.stereotype.Component;

/**
 * The access part of {@link StationUseRollups#rebuild}: recounts the access rollups of a period from the raw
 * data through {@link AccessUse}, the code the events go through. Bookings are kept per day, so only the
 * period's days are recounted; the other tables are per month, so the whole months the period touches are.
 */
@Component
class AccessRebuild {

    private final AccessTables tables;
    private final BookingFacts bookingFacts;
    private final RegistrationFacts registrationFacts;

    AccessRebuild(AccessTables tables, BookingFacts bookingFacts, RegistrationFacts registrationFacts) {
        this.tables = tables;
        this.bookingFacts = bookingFacts;
        this.registrationFacts = registrationFacts;
    }

    /** Deletes what the recount will write again; first, so that events racing with it wait and count on top. */
    void delete(LocalDate from, LocalDate to, LocalDate firstMonth, LocalDate lastMonth, Long centreId) {
        tables.deleteBookingDays(from, to, centreId);
        tables.deleteMonths(firstMonth, lastMonth, centreId);
    }

    /**
     * Recounts one centre. {@code sessions} are its completed sessions that started from the day before
     * {@code firstMonth} to the end of {@code lastMonth}, as {@link StationUseRollups} read them.
     */
    void recount(long centreId, LocalDate from, LocalDate to, LocalDate firstMonth, LocalDate lastMonth,
            List<CompletedSession> sessions) {
        LocalDate lastDay = lastMonth.plusMonths(1).minusDays(1);
        Map<List<Object>, HourShare> hours = new LinkedHashMap<>();
        Map<PurposeUse, Integer> purposes = new LinkedHashMap<>();
        for (CompletedSession completed : sessions) {
            for (HourShare share : AccessUse.hourShares(StationUse.Session.of(completed))) {
                if (inMonths(share.month(), firstMonth, lastMonth)) {
                    hours.merge(List.of(share.month(), share.weekday(), share.hour()), share, (a, b) ->
                            new HourShare(a.centreId(), a.month(), a.weekday(), a.hour(), a.minutes() + b.minutes()));
                }
            }
            PurposeUse purpose = AccessUse.purposeUse(centreId, completed.startedAt(), completed.purpose());
            if (inMonths(purpose.month(), firstMonth, lastMonth)) {
                purposes.merge(purpose, 1, Integer::sum);
            }
        }
        tables.addHours(hours.values());
        tables.addPurposes(purposes);

        Map<LocalDate, BookingDay> days = new LinkedHashMap<>();
        for (BookingOutcome outcome : bookingFacts.bookingOutcomes(centreId, from, to)) {
            BookingDay day = AccessUse.bookingDay(centreId, outcome.startsAt(), outcome.kind());
            days.merge(day.day(), day, BookingDay::plus);
        }
        tables.addBookingDays(days.values());

        Map<QueueWait, Integer> waits = new LinkedHashMap<>();
        for (ServedTicket ticket : bookingFacts.servedTickets(centreId, firstMonth, lastDay)) {
            waits.merge(AccessUse.queueWait(centreId, ticket.issuedAt(), ticket.servedAt()), 1, Integer::sum);
        }
        tables.addQueueWaits(waits);

        Map<Registration, Integer> registrations = new LinkedHashMap<>();
        for (MemberRegistered registered : registrationFacts.registrations(centreId, firstMonth, lastDay)) {
            registrations.merge(AccessUse.registration(centreId, registered.registeredOn(), registered.sex(),
                    registered.ageBand()), 1, Integer::sum);
        }
        tables.addRegistrations(registrations);
    }

    private static boolean inMonths(LocalDate month, LocalDate firstMonth, LocalDate lastMonth) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
    }
}
