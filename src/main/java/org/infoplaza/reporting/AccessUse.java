package org.infoplaza.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.infoplaza.booking.BookingOutcome;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;

/**
 * How the access events count in the access rollups ({@code V21__reporting_access_equity.sql}). The events
 * (through {@link AccessCounting}) and a rebuild from the raw data (through {@link AccessRebuild}) both go
 * through here, so they cannot count differently. All times are Panama wall-clock times.
 *
 * <ul>
 * <li>Occupancy: a session's time on the station is cut at every full hour (and so at midnight), each piece
 * counted in its own month, weekday and hour: 10:40–12:10 gives 20 minutes to 10:00, 60 to 11:00 and 10 to
 * 12:00.</li>
 * <li>Purpose: one session, in the month it started, under the purpose tapped at check-in.</li>
 * <li>Bookings: one booking on the day it was due to start, under its outcome.</li>
 * <li>Queue: one served ticket in the month it was issued, under the whole minutes waited (rounded down).</li>
 * <li>Registrations: one member in the month they registered, by sex and age band that day.</li>
 * </ul>
 */
final class AccessUse {

    /** Station-minutes of one hour of one weekday in a month; weekday 1 is Monday, hour 0–23. */
    record HourShare(long centreId, LocalDate month, int weekday, int hour, long minutes) {
    }

    /** One session of a purpose in a month. */
    record PurposeUse(long centreId, LocalDate month, VisitPurpose purpose) {
    }

    /** What one booking's outcome adds to its day. */
    record BookingDay(long centreId, LocalDate day, int checkedIn, int noShows, int cancelled) {

        BookingDay plus(BookingDay other) {
            return new BookingDay(centreId, day, checkedIn + other.checkedIn, noShows + other.noShows,
                    cancelled + other.cancelled);
        }
    }

    /** One served ticket that waited {@code minutes} whole minutes, in the month it was issued. */
    record QueueWait(long centreId, LocalDate month, int minutes) {
    }

    /** One registration in a month. */
    record Registration(long centreId, LocalDate month, Sex sex, AgeBand ageBand) {
    }

    private AccessUse() {
    }

    /** The session's minutes per hour it touched, in order; an hour it only grazed for seconds gives nothing. */
    static List<HourShare> hourShares(StationUse.Session session) {
        List<HourShare> shares = new ArrayList<>();
        LocalDateTime start = session.start();
        LocalDateTime end = session.end().isBefore(start) ? start : session.end();
        LocalDateTime from = start;
        while (from.isBefore(end)) {
            LocalDateTime nextHour = from.withMinute(0).withSecond(0).withNano(0).plusHours(1);
            LocalDateTime to = nextHour.isBefore(end) ? nextHour : end;
            // Minutes of each piece from the session's start, so seconds do not get lost or counted twice.
            long minutes = Duration.between(start, to).toMinutes() - Duration.between(start, from).toMinutes();
            LocalDate day = from.toLocalDate();
            if (minutes > 0) {
                shares.add(new HourShare(session.centreId(), day.withDayOfMonth(1), day.getDayOfWeek().getValue(),
                        from.getHour(), minutes));
            }
            from = to;
        }
        return shares;
    }

    /** The session under its purpose; one recorded without a purpose (none can be today) counts as other. */
    static PurposeUse purposeUse(long centreId, LocalDateTime start, VisitPurpose purpose) {
        return new PurposeUse(centreId, start.toLocalDate().withDayOfMonth(1),
                purpose == null ? VisitPurpose.OTHER : purpose);
    }

    static BookingDay bookingDay(long centreId, LocalDateTime startsAt, BookingOutcome.Kind outcome) {
        return new BookingDay(centreId, startsAt.toLocalDate(), outcome == BookingOutcome.Kind.CHECKED_IN ? 1 : 0,
                outcome == BookingOutcome.Kind.NO_SHOW ? 1 : 0, outcome == BookingOutcome.Kind.CANCELLED ? 1 : 0);
    }

    static QueueWait queueWait(long centreId, LocalDateTime issuedAt, LocalDateTime servedAt) {
        long minutes = Math.max(0, Duration.between(issuedAt, servedAt).toMinutes());
        return new QueueWait(centreId, issuedAt.toLocalDate().withDayOfMonth(1), Math.toIntExact(minutes));
    }

    static Registration registration(long centreId, LocalDate registeredOn, Sex sex, AgeBand ageBand) {
        return new Registration(centreId, registeredOn.withDayOfMonth(1), sex, ageBand);
    }
}
