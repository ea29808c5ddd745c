package org.infoplaza.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A month of training as it may leave a centre: per centre and together, cohorts run and sessions delivered
 * (activities, shown as they are), average attendance and the questionnaire's change (withheld for groups
 * under five), and the people enrolled, attended and completed, by sex and by age band, and the certificates
 * issued, each a table already through {@link Suppression}. It holds no member and no small count of
 * people.
 *
 * @param centres the centres in the report, in the order of the tables' rows
 * @param activity one row per centre, then the centres together
 * @param bySex per measure, rows: centres (small ones possibly merged); columns: sexes. The totals row is the
 *     centres together, a member who trained at two centres counted at each
 * @param byAgeBand per measure, rows: centres; columns: age bands
 * @param certificates rows: centres; one column
 */
public record TrainingReport(YearMonth month, String unitName, List<StationUseReport.CentreRow> centres,
        List<Activity> activity, Map<TrainingMeasure, SuppressedTable> bySex,
        Map<TrainingMeasure, SuppressedTable> byAgeBand, SuppressedTable certificates) {

    public TrainingReport {
        centres = List.copyOf(centres);
        activity = List.copyOf(activity);
        bySex = Collections.unmodifiableMap(new EnumMap<>(bySex));
        byAgeBand = Collections.unmodifiableMap(new EnumMap<>(byAgeBand));
    }

    /**
     * Cohorts and sessions count activities, not people, and are shown as they are. {@code centreId} is null
     * for the centres together.
     */
    public record Activity(Long centreId, long cohortsRun, long sessions, Published<Double> attendancePercent,
            Published<BigDecimal> scoreChange) {
    }

    /**
     * A figure about a group of people: its value, or none, either because there is nothing to measure
     * ({@code small} false: no marks expected, nobody answered twice) or because the group is under five
     * ({@code small} true), which is shown as "<5".
     */
    public record Published<T>(T value, boolean small) {

        static <T> Published<T> of(T value, long group) {
            if (value == null || group == 0) {
                return new Published<>(null, false);
            }
            return group < Suppression.SMALLEST_SHOWN ? new Published<>(null, true) : new Published<>(value, false);
        }
    }
}
