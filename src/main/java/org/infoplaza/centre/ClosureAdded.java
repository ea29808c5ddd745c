package org.infoplaza.centre;

import java.time.LocalDate;

/**
 * A closure was recorded for a centre, published after it is saved; features with plans on those days
 * (bookings, workshop sessions) flag what it conflicts with.
 */
public record ClosureAdded(long centreId, LocalDate firstDay, LocalDate lastDay, String reason) {
}
