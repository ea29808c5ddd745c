package org.infoplaza.centre;

import java.time.LocalDate;

/** A recorded closure. */
public record ClosureDetails(long id, long centreId, LocalDate firstDay, LocalDate lastDay, ClosureKind kind,
        String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
