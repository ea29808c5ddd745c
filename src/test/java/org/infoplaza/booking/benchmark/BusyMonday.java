package org.infoplaza.booking.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.shared.DomainException;
import org.infoplaza.station.StationDetails;
import org.infoplaza.testing.TestClock;

/**
 * A busy Monday at a centre open 08:00–12:00 and 13:00–19:00, played through the real booking service from
 * opening to 15:00, for the benchmarks that need a full day board: about two thirds of the hours booked
 * ahead, walk-ins and guests in some gaps, check-ins, one in ten booked members not coming (released after
 * the grace period), sessions ended on time. The caller is signed in as an operator of the centre; the same
 * {@code random} gives the same day.
 */
final class BusyMonday {

    private BusyMonday() {
    }

    /** Plays the day up to 15:30 at the latest; returns how many planned walk-ins or guests found no station. */
    static int playUntilThree(BookingService bookings, TestClock clock, long centreId, LocalDate monday,
            List<StationDetails> desks, List<Long> members, Random random) {
        int[] open = {8, 9, 10, 11, 13, 14, 15, 16, 17, 18};
        Map<Integer, List<StationDetails>> walkInsAt = new HashMap<>();
        Map<Integer, List<StationDetails>> guestsAt = new HashMap<>();
        int nextMember = 0;
        clock.standAt(monday.atTime(7, 0));
        for (StationDetails station : desks) {
            for (int hour : open) {
                double draw = random.nextDouble();
                if (draw < 0.65) {
                    int minutes = random.nextInt(4) == 0 ? 30 : 60;
                    bookings.book(new BookingRequest(members.get(nextMember++), centreId, station.id(),
                            monday.atTime(hour, 0), minutes));
                } else if (draw < 0.75) {
                    walkInsAt.computeIfAbsent(hour, h -> new ArrayList<>()).add(station);
                } else if (draw < 0.85) {
                    guestsAt.computeIfAbsent(hour, h -> new ArrayList<>()).add(station);
                }
            }
        }
        VisitPurpose[] purposes = VisitPurpose.values();
        int refusals = 0;
        for (int hour : new int[] {8, 9, 10, 11, 12, 13, 14, 15}) {
            clock.standAt(monday.atTime(hour, 0));
            bookings.endDueSessions(centreId);
            int h = hour;
            for (BookingDetails waiting : bookings.dayOf(centreId, monday).stream()
                    .filter(b -> b.status() == BookingStatus.BOOKED && b.startsAt().getHour() == h).toList()) {
                if (random.nextInt(10) > 0) { // one in ten does not come
                    bookings.checkIn(waiting.id(), purposes[random.nextInt(purposes.length)]);
                }
            }
            for (StationDetails ignored : walkInsAt.getOrDefault(hour, List.of())) {
                try {
                    bookings.startWalkIn(members.get(nextMember++), centreId, purposes[random.nextInt(purposes.length)]);
                } catch (DomainException noFreeStation) {
                    refusals++;
                }
            }
            for (StationDetails station : guestsAt.getOrDefault(hour, List.of())) {
                try {
                    bookings.startGuestSession(centreId, station.id(), purposes[random.nextInt(purposes.length)]);
                } catch (DomainException taken) {
                    refusals++;
                }
            }
            clock.standAt(monday.atTime(hour, 15));
            bookings.releaseNoShows(centreId);
            if (hour < 15) {
                clock.standAt(monday.atTime(hour, 30));
                bookings.endDueSessions(centreId);
            }
        }
        return refusals;
    }
}
