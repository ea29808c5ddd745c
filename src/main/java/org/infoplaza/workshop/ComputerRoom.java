package org.infoplaza.workshop;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The computer room as workshops use it: sessions of a course that uses the room reserve it in the booking
 * module, which keeps members' bookings out of that time and flags those already made.
 */
@Component
class ComputerRoom {

    List<RoomClash> clashes(long centreId, List<SessionTime> times) {
        return List.of();
    }

    void reserve(long centreId, String label, List<WorkshopSession> sessions) {
    }

    void release(List<WorkshopSession> sessions) {
    }
}
