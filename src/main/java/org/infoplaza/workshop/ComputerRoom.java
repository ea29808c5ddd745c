package org.infoplaza.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.booking.RoomConflict;
import org.infoplaza.booking.RoomReservations;
import org.infoplaza.booking.RoomUse;
import org.springframework.stereotype.Component;

/**
 * The computer room as workshops use it: sessions of a course that uses the room reserve it in the booking
 * module, in the caller's transaction, which keeps members' bookings out of that time and flags the
 * bookings already made for the desk to resolve. Each session holds its reservation under a stable
 * reference, so moving the session moves the reservation and cancelling it releases the room.
 */
@Component
class ComputerRoom {

    private final RoomReservations reservations;

    ComputerRoom(RoomReservations reservations) {
        this.reservations = reservations;
    }

    /** Bookings the times would overlap, soonest first; nothing is reserved. */
    List<RoomClash> clashes(long centreId, List<SessionTime> times) {
        List<RoomUse> uses = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            uses.add(new RoomUse("preview:" + i, times.get(i).start(), times.get(i).end(), "preview"));
        }
        return reservations.conflicts(centreId, uses).stream()
                .map(ComputerRoom::clash)
                .distinct()
                .sorted(Comparator.comparing(RoomClash::start).thenComparing(RoomClash::stationLabel))
                .toList();
    }

    void reserve(long centreId, String label, List<WorkshopSession> sessions) {
        reservations.reserve(centreId, sessions.stream()
                .map(s -> new RoomUse(s.roomReference(), s.getStartsAt(), s.getEndsAt(), label))
                .toList());
    }

    void release(List<WorkshopSession> sessions) {
        reservations.release(sessions.stream().map(WorkshopSession::roomReference).toList());
    }

    private static RoomClash clash(RoomConflict conflict) {
        return new RoomClash(conflict.start(), conflict.end(), conflict.stationLabel(),
                conflict.status() == BookingStatus.IN_SESSION);
    }
}
