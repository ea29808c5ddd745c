package org.infoplaza.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.infoplaza.reporting.PublishedCell;
import org.infoplaza.reporting.SuppressedTable;
import org.infoplaza.reporting.SuppressionReason;

/**
 * The shapes the REST API answers with, built only from published figures: a table's cells come from a
 * {@link SuppressedTable}, so a hidden cell becomes {@code {"hidden": "<5"}} (or {@code "x"}) and its count,
 * which the table no longer has, cannot leak into the JSON.
 */
final class ApiJson {

    private ApiJson() {
    }

    record Municipality(long id, String name, String province) {
    }

    /**
     * A published count: {@code {"value": 12}}; a count rounded to the nearest 5 to protect another,
     * {@code {"value": 105, "rounded": true}}; or {@code {"hidden": "<5"}} / {@code {"hidden": "x"}}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cell(Integer value, Boolean rounded, String hidden) {

        static Cell of(PublishedCell cell) {
            return switch (cell) {
                case PublishedCell.Shown shown -> new Cell(shown.value(), shown.rounded() ? Boolean.TRUE : null, null);
                case PublishedCell.Hidden hidden -> new Cell(null, null, hidden.reason().mark());
            };
        }
    }

    /**
     * A suppressed table: {@code cells} row by row, each row's total, each column's total and the grand total,
     * and under {@code notes} the legend lines for the marks used, in the caller's language.
     *
     * @param columnKeys stable codes of the columns (FEMALE, MALE…; AGE_0_11, AGE_12_14…) for programs
     */
    record Table(List<String> rows, List<String> columns, List<String> columnKeys, List<List<Cell>> cells,
            List<Cell> rowTotals, List<Cell> columnTotals, Cell total, boolean withheld, List<String> notes) {

        static Table of(SuppressedTable table, List<String> columnKeys, Function<String, String> translate) {
            List<List<Cell>> cells = table.cells().stream().map(row -> row.stream().map(Cell::of).toList()).toList();
            List<String> notes = new ArrayList<>();
            for (String key : table.legendKeys()) {
                notes.add(translate.apply(key));
            }
            return new Table(table.rowLabels(), table.columnLabels(), columnKeys, cells,
                    table.rowTotals().stream().map(Cell::of).toList(),
                    table.columnTotals().stream().map(Cell::of).toList(), Cell.of(table.grandTotal()),
                    table.withheld(), notes);
        }
    }

    record Centre(long id, String code, String name) {
    }

    /** Visits, not people: shown as they are. {@code centre} is the centre's code; the average is null without sessions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Activity(String centre, long sessions, long guestSessions, double hours, Double averageSessionMinutes) {
    }

    /**
     * A month of station use for the country ({@code municipality} null) or one municipality.
     *
     * @param total the centres together
     */
    record StationUse(String month, Long municipality, String unit, List<Centre> centres, List<Activity> activity,
            Activity total, Table membersBySex, Table membersByAgeBand, Table togetherBySex, Table togetherByAgeBand) {
    }

    /** One month of the trend; {@code members} (across the centres, each person once) is published like a cell. */
    record TrendMonth(String month, long sessions, double hours, Cell members) {
    }

    record Trend(String to, Long municipality, String unit, List<TrendMonth> months) {
    }
}
