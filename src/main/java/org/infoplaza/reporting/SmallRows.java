package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The fallback for a table that suppression would withhold whole: the rows whose total is under
 * {@link Suppression#SMALLEST_SHOWN} (typically centres that served one or two people that month) are
 * merged into one row, which usually lets the rest be published cell by cell. Statisticians call it
 * collapsing small units; the merged row is labelled, so nothing is silently dropped.
 */
final class SmallRows {

    private SmallRows() {
    }

    /** The table published as it is, or, when that would withhold it whole, with its small rows merged. */
    static SuppressedTable publish(CountTable table, IntFunction<String> mergedLabel) {
        SuppressedTable published = Suppression.apply(table);
        if (!published.withheld()) {
            return published;
        }
        CountTable merged = merge(table, mergedLabel);
        if (merged == null) {
            return published;
        }
        SuppressedTable second = Suppression.apply(merged);
        return second.withheld() ? published : second;
    }

    /** The table with its rows under the threshold merged into one, or null when fewer than two are small. */
    static CountTable merge(CountTable table, IntFunction<String> mergedLabel) {
        List<String> labels = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        int[] small = new int[table.columns()];
        int smallRows = 0;
        for (int r = 0; r < table.rows(); r++) {
            int[] row = new int[table.columns()];
            for (int c = 0; c < table.columns(); c++) {
                row[c] = table.count(r, c);
            }
            int total = table.rowTotal(r);
            if (total > 0 && total < Suppression.SMALLEST_SHOWN) {
                smallRows++;
                for (int c = 0; c < row.length; c++) {
                    small[c] += row[c];
                }
            } else {
                labels.add(table.rowLabels().get(r));
                rows.add(row);
            }
        }
        if (smallRows < 2) {
            return null;
        }
        labels.add(mergedLabel.apply(smallRows));
        rows.add(small);
        return CountTable.of(labels, table.columnLabels(), rows.toArray(int[][]::new));
    }
}
