package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A two-way table of counts of people (or sessions) as it would be published: each inner cell, the total
 * of each row, of each column, and the grand total. Totals are always the sums of the inner cells, so the
 * table is additive: every person is counted in exactly one cell. A table whose categories overlap (a
 * person in two rows) is not a {@code CountTable}.
 *
 * <p>A one-way breakdown (members by sex, with its total) is a table of one row: see {@link #breakdown}.
 *
 * @param rowLabels    labels of the rows; none for a unit without centres yet (its totals are zero)
 * @param columnLabels labels of the columns, at least one
 * @param counts       the inner cells, row by row; every count is zero or more
 */
public record CountTable(List<String> rowLabels, List<String> columnLabels, List<List<Integer>> counts) {

    public CountTable {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (columnLabels.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        if (counts.size() != rowLabels.size()) {
            throw new IllegalArgumentException("Expected " + rowLabels.size() + " rows of counts, got " + counts.size());
        }
        List<List<Integer>> copy = new ArrayList<>(counts.size());
        for (List<Integer> row : counts) {
            if (row.size() != columnLabels.size()) {
                throw new IllegalArgumentException("Expected " + columnLabels.size() + " counts in each row, got " + row.size());
            }
            for (Integer count : row) {
                if (count == null || count < 0) {
                    throw new IllegalArgumentException("Counts are zero or more, got " + count);
                }
            }
            copy.add(List.copyOf(row));
        }
        counts = List.copyOf(copy);
        // Every total is at most the grand total, so this one check keeps all of them within an int.
        Math.toIntExact(counts.stream().flatMap(List::stream).mapToLong(Integer::longValue).sum());
    }

    /** A table from a rectangular array of counts, row by row. */
    public static CountTable of(List<String> rowLabels, List<String> columnLabels, int[][] counts) {
        return new CountTable(rowLabels, columnLabels,
                Arrays.stream(counts).map(row -> Arrays.stream(row).boxed().toList()).toList());
    }

    /** A table with one row per item of {@code rows}, its counts given by {@code counts}, row by row. */
    static <R> CountTable perRow(List<String> rowLabels, List<String> columnLabels, List<R> rows,
            Function<R, int[]> counts) {
        return of(rowLabels, columnLabels, rows.stream().map(counts).toArray(int[][]::new));
    }

    /** The counts of {@code byKey} in the order of {@code keys}, zero for a key it lacks: one row of a table. */
    static <K> int[] inOrder(Map<K, Long> byKey, List<K> keys) {
        return keys.stream().mapToInt(k -> Math.toIntExact(byKey.getOrDefault(k, 0L))).toArray();
    }

    /**
     * A one-way breakdown with its total, such as members by sex: one row labelled {@code label}, one column per
     * category. Its column totals repeat the row, and its grand total is the total of the breakdown.
     */
    public static CountTable breakdown(String label, List<String> categories, int... counts) {
        return of(List.of(label), categories, new int[][] {counts});
    }

    public int rows() {
        return rowLabels.size();
    }

    public int columns() {
        return columnLabels.size();
    }

    public int count(int row, int column) {
        return counts.get(row).get(column);
    }

    public int rowTotal(int row) {
        return counts.get(row).stream().mapToInt(Integer::intValue).sum();
    }

    public int columnTotal(int column) {
        return counts.stream().mapToInt(row -> row.get(column)).sum();
    }

    public int grandTotal() {
        return counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
    }
}
