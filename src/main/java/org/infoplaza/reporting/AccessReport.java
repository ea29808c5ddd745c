package org.infoplaza.reporting;

import java.time.YearMonth;
import java.util.List;

/**
 * A month of access as it may leave a centre, for one municipality or the country: occupancy per centre and
 * together; bookings kept and missed (a suppressed table) with the no-show rate worked out from what is
 * published; the walk-in queue's served tickets and median wait; sessions by purpose of visit (a suppressed
 * table whose totals row is the mix of the centres together); and new registrations by sex and age band (a
 * suppressed table). No member and no small count of people.
 *
 * @param occupancy one row per centre, then the centres together (centreId null)
 * @param bookings rows: centres (small ones possibly merged); columns: checked in, no-shows
 * @param noShowRates one per row of {@code bookings}, then the total; null where a count it needs is hidden
 * @param queue one row per centre, then the centres together
 * @param purposes rows: centres (small ones possibly merged); columns: purposes of visit
 * @param registrations rows: sexes; columns: age bands; the centres together
 */
public record AccessReport(YearMonth month, String unitName, List<StationUseReport.CentreRow> centres,
        List<Occupancy> occupancy, SuppressedTable bookings, List<Rate> noShowRates, List<QueueRow> queue,
        SuppressedTable purposes, SuppressedTable registrations) {

    public AccessReport {
        centres = List.copyOf(centres);
        occupancy = List.copyOf(occupancy);
        noShowRates = List.copyOf(noShowRates);
        queue = List.copyOf(queue);
    }

    /**
     * Station-hours used and offered (in-service stations × opening hours, closures skipped) and their ratio,
     * null when the centre offered none. Visits, not people: shown as they are.
     */
    public record Occupancy(Long centreId, double usedHours, double offeredHours, Double rate) {
    }

    /** A share (0.1 is 10 %) for the row labelled {@code label}; null when it cannot be published. */
    public record Rate(String label, Double value) {
    }

    /**
     * Walk-in tickets served (a published count) and their median wait in minutes, withheld (null) below five
     * tickets.
     */
    public record QueueRow(Long centreId, PublishedCell served, Double medianMinutes) {
    }
}
