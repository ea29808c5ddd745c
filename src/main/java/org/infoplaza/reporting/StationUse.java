package org.infoplaza.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.infoplaza.booking.CompletedSession;
import org.infoplaza.booking.SessionEnded;

/**
 * How one completed station session counts in the rollups. The check-out (through {@link SessionEnded}) and a
 * rebuild (through {@link CompletedSession}) both go through here, so they cannot count differently.
 *
 * <p>A session counts once, on the day it started, with its whole length ({@code sessionMinutes}, for the
 * average); its time on the stations ({@code minutes}, for hours and occupancy) is split at midnight, so a
 * session from 23:30 to 00:30 gives 30 minutes to each day, and to each month when it crosses one. Times are
 * Panama wall-clock times, so the days are Panama days whatever zone the server runs in. The member is
 * counted in the month the session started.
 */
final class StationUse {

    /** The facts of a session that the counting needs; {@code memberId} is null for a guest. */
    record Session(long centreId, Long memberId, LocalDateTime start, LocalDateTime end) {

        static Session of(SessionEnded event) {
            return new Session(event.centreId(), event.memberId(), event.startedAt(), event.endedAt());
        }

        static Session of(CompletedSession session) {
            return new Session(session.centreId(), session.memberId(), session.startedAt(), session.endedAt());
        }
    }

    /** What a session adds to one day of its centre. */
    record DayShare(long centreId, LocalDate day, int sessions, int guestSessions, long sessionMinutes, long minutes) {

        DayShare plus(DayShare other) {
            return new DayShare(centreId, day, sessions + other.sessions, guestSessions + other.guestSessions,
                    sessionMinutes + other.sessionMinutes, minutes + other.minutes);
        }
    }

    /** A member used the centre in the month (its first day), at the earliest on {@code day}. */
    record MemberUse(long centreId, LocalDate month, long memberId, LocalDate day) {

        MemberUse earlier(MemberUse other) {
            return other.day.isBefore(day) ? other : this;
        }
    }

    private StationUse() {
    }

    /** The session's shares of the days it touched, the day it started first. */
    static List<DayShare> dayShares(Session session) {
        LocalDateTime start = session.start();
        LocalDateTime end = session.end().isBefore(start) ? start : session.end();
        int guest = session.memberId() == null ? 1 : 0;
        List<DayShare> shares = new ArrayList<>();
        shares.add(new DayShare(session.centreId(), start.toLocalDate(), 1, guest, minutesBetween(start, end),
                minutesBetween(start, min(end, start.toLocalDate().plusDays(1).atStartOfDay()))));
        for (LocalDate day = start.toLocalDate().plusDays(1); day.atStartOfDay().isBefore(end); day = day.plusDays(1)) {
            long minutes = minutesBetween(day.atStartOfDay(), min(end, day.plusDays(1).atStartOfDay()));
            shares.add(new DayShare(session.centreId(), day, 0, 0, 0, minutes));
        }
        return shares;
    }

    /** The member's use of the centre in the month the session started; none for a guest. */
    static Optional<MemberUse> memberUse(Session session) {
        if (session.memberId() == null) {
            return Optional.empty();
        }
        LocalDate day = session.start().toLocalDate();
        return Optional.of(new MemberUse(session.centreId(), day.withDayOfMonth(1), session.memberId(), day));
    }

    private static long minutesBetween(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).toMinutes();
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
