package org.infoplaza.reporting;

import java.time.YearMonth;
import java.util.List;

/**
 * A month of station use as it may leave a centre: activity per centre (sessions, station hours, average
 * length) and the members served, by sex and by age band, per centre and de-duplicated across the centres
 * together, each table already through {@link Suppression}. It holds no member and no small count: the
 * people tables carry only published cells.
 *
 * @param centres the centres in the report, in the order of the tables' rows
 * @param activity one row per centre, then the centres together
 * @param membersBySex rows: centres; columns: sexes; a member who used two centres counts at each
 * @param membersByAgeBand rows: centres; columns: age bands
 * @param togetherBySex the centres together, each member once
 * @param togetherByAgeBand the centres together, each member once
 * @param togetherBySexAndAgeBand the centres together, each member once: rows sexes, columns age bands; null in
 *                                one centre's report
 */
public record StationUseReport(YearMonth month, String unitName, List<CentreRow> centres, List<Activity> activity,
        SuppressedTable membersBySex, SuppressedTable membersByAgeBand, SuppressedTable togetherBySex,
        SuppressedTable togetherByAgeBand, SuppressedTable togetherBySexAndAgeBand) {

    public StationUseReport {
        centres = List.copyOf(centres);
        activity = List.copyOf(activity);
    }

    /** A centre of the report. */
    public record CentreRow(long id, String code, String name) {
    }

    /**
     * Sessions and time, which count visits rather than people and are shown as they are. {@code centreId}
     * is null for the centres together; the average is null without sessions.
     */
    public record Activity(Long centreId, long sessions, long guestSessions, double hours,
            Double averageSessionMinutes) {
    }
}
