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
     * True when a row total, a column total or the grand total is hidden, whether it was small itself or had to
     * be hidden because no inner cell could protect a small one. Reports should say so next to the table.
     */
    public boolean hidesTotals() {
        return Stream.concat(Stream.concat(rowTotals.stream(), columnTotals.stream()), Stream.of(grandTotal))
                .anyMatch(PublishedCell::isHidden);
    }

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
