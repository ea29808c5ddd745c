package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A {@link CountTable} made safe to publish: every inner cell and every total is either shown or hidden with
 * its reason. Made by {@link Suppression#apply(CountTable)}.
 *
 * @param rowLabels    labels of the rows
 * @param columnLabels labels of the columns
 * @param cells        the inner cells, row by row
 * @param rowTotals    the total of each row
 * @param columnTotals the total of each column
 * @param grandTotal   the grand total
 * @param withheld     true when the table could not be protected cell by cell and every cell is hidden
 */
public record SuppressedTable(List<String> rowLabels, List<String> columnLabels, List<List<PublishedCell>> cells,
        List<PublishedCell> rowTotals, List<PublishedCell> columnTotals, PublishedCell grandTotal, boolean withheld) {

    public SuppressedTable {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (cells.size() != rowLabels.size() || rowTotals.size() != rowLabels.size()
                || columnTotals.size() != columnLabels.size()) {
            throw new IllegalArgumentException("Cells and totals must match the labels");
        }
        List<List<PublishedCell>> copy = new ArrayList<>(cells.size());
        for (List<PublishedCell> row : cells) {
            if (row.size() != columnLabels.size()) {
                throw new IllegalArgumentException("Each row needs one cell per column");
            }
            copy.add(List.copyOf(row));
        }
        cells = List.copyOf(copy);
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
        Objects.requireNonNull(grandTotal, "grandTotal");
    }

    public PublishedCell cell(int row, int column) {
        return cells.get(row).get(column);
    }

    public PublishedCell rowTotal(int row) {
        return rowTotals.get(row);
    }

    public PublishedCell columnTotal(int column) {
        return columnTotals.get(column);
    }

    /**
     * True when a total of 5 or more is hidden: no pattern of inner cells could protect some small count, so a
     * total had to go. Reports should say so next to the table. A small total is simply primary, like any
     * other small count; and the column totals of a single row (or the row totals of a single column) repeat
     * the cells, so they do not count as totals here.
     */
    public boolean hidesTotalsAsComplements() {
        Stream<PublishedCell> totals = Stream.of(grandTotal);
        if (columnLabels.size() > 1) {
            totals = Stream.concat(totals, rowTotals.stream());
        }
        if (rowLabels.size() > 1) {
            totals = Stream.concat(totals, columnTotals.stream());
        }
        return totals.anyMatch(cell -> cell.equals(new PublishedCell.Hidden(SuppressionReason.COMPLEMENTARY)));
    }

    /**
     * The message keys of the legend printed under the table: one line per mark used, one for rounded figures,
     * one when totals are hidden.
     */
    public List<String> legendKeys() {
        List<String> keys = new ArrayList<>(reasonsUsed().stream().map(SuppressionReason::legendKey).toList());
        boolean rounded = Stream.concat(Stream.concat(cells.stream().flatMap(List::stream), rowTotals.stream()),
                        Stream.concat(columnTotals.stream(), Stream.of(grandTotal)))
                .anyMatch(cell -> cell instanceof PublishedCell.Shown shown && shown.rounded());
        if (rounded) {
            keys.add(ROUNDED_LEGEND_KEY);
        }
        if (hidesTotalsAsComplements()) {
            keys.add(SuppressionReason.TOTALS_HIDDEN_LEGEND_KEY);
        }
        return keys;
    }

    /** The legend line saying that some figures are rounded to the nearest 5. */
    public static final String ROUNDED_LEGEND_KEY = "reporting.legend.rounded";

    /** The reasons present in the table, for the legend printed under it. */
    public List<SuppressionReason> reasonsUsed() {
        return Stream.concat(Stream.concat(cells.stream().flatMap(List::stream), rowTotals.stream()),
                        Stream.concat(columnTotals.stream(), Stream.of(grandTotal)))
                .filter(PublishedCell.Hidden.class::isInstance)
                .map(cell -> ((PublishedCell.Hidden) cell).reason())
                .distinct()
                .sorted()
                .toList();
    }
}
