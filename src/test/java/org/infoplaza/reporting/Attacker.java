package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * Someone who holds only a published table and tries to pin down its hidden cells. It knows every shown
 * cell, that the totals add up, and what the marks say: a {@code <5} is 1 to 4, an {@code x} is at least 5
 * (zeros are always shown), a withheld cell is anything. It works by search over integer completions
 * (bounds propagation on the row and column equations, then splitting a domain in two), independently of
 * the network argument inside {@link Suppression}.
 *
 * <p>Unbounded hidden cells are capped at {@code cap}. The cap can only remove completions, so when this
 * attacker finds that a cell can take another value, a real one would find it too.
 */
final class Attacker {

    private final int rows;
    private final int columns;
    /** Index of the variable for each cell of the extended table, or -1 when the cell is shown. */
    private final int[][] variable;
    private final long[][] shown;
    private final long[] low;
    private final long[] high;
    /** Each equation as variable indices with coefficients, plus the constant from shown cells. */
    private final List<int[]> equationVariables = new ArrayList<>();
    private final List<int[]> equationCoefficients = new ArrayList<>();
    private final List<Long> equationConstants = new ArrayList<>();

    Attacker(SuppressedTable table, int cap) {
        rows = table.rowLabels().size() + 1;
        columns = table.columnLabels().size() + 1;
        variable = new int[rows][columns];
        shown = new long[rows][columns];
        List<long[]> bounds = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                PublishedCell cell = cellOf(table, r, c);
                variable[r][c] = -1;
                switch (cell) {
                    case PublishedCell.Shown s -> shown[r][c] = s.value();
                    case PublishedCell.Hidden h -> {
                        variable[r][c] = bounds.size();
                        bounds.add(switch (h.reason()) {
                            case PRIMARY -> new long[] {1, 4};
                            case COMPLEMENTARY -> new long[] {5, Math.max(5, cap)};
                            case WITHHELD, PENDING -> new long[] {0, cap};
                        });
                    }
                }
            }
        }
        low = bounds.stream().mapToLong(b -> b[0]).toArray();
        high = bounds.stream().mapToLong(b -> b[1]).toArray();
        for (int r = 0; r < rows; r++) {
            addEquation(r, -1);
        }
        for (int c = 0; c < columns; c++) {
            addEquation(-1, c);
        }
    }

    private static PublishedCell cellOf(SuppressedTable table, int r, int c) {
        boolean totalRow = r == table.rowLabels().size();
        boolean totalColumn = c == table.columnLabels().size();
        if (totalRow && totalColumn) {
            return table.grandTotal();
        }
        if (totalRow) {
            return table.columnTotal(c);
        }
        return totalColumn ? table.rowTotal(r) : table.cell(r, c);
    }

    /** A row (column = -1) or a column (row = -1) of the extended table: its cells minus its total are 0. */
    private void addEquation(int row, int column) {
        int length = row >= 0 ? columns : rows;
        List<Integer> vars = new ArrayList<>();
        List<Integer> coefficients = new ArrayList<>();
        long constant = 0;
        for (int k = 0; k < length; k++) {
            int r = row >= 0 ? row : k;
            int c = row >= 0 ? k : column;
            int coefficient = k == length - 1 ? -1 : +1;
            if (variable[r][c] >= 0) {
                vars.add(variable[r][c]);
                coefficients.add(coefficient);
            } else {
                constant += coefficient * shown[r][c];
            }
        }
        equationVariables.add(vars.stream().mapToInt(Integer::intValue).toArray());
        equationCoefficients.add(coefficients.stream().mapToInt(Integer::intValue).toArray());
        equationConstants.add(constant);
    }

    /** True when the published table is consistent with hidden cell (r, c) of the extended table being {@code other}. */
    boolean admits(int r, int c, int other) {
        int v = variable[r][c];
        if (v < 0) {
            throw new IllegalArgumentException("Cell " + r + "," + c + " is shown");
        }
        long[] lo = low.clone();
        long[] hi = high.clone();
        if (other < lo[v] || other > hi[v]) {
            return false;
        }
        lo[v] = other;
        hi[v] = other;
        return feasible(lo, hi);
    }

    /**
     * True when hidden cell (r, c) could be some value other than {@code truth}, within what its mark admits.
     * Meant for primary cells, whose domain is 1 to 4.
     */
    boolean cannotPinDown(int r, int c, int truth) {
        int v = variable[r][c];
        for (long other = low[v]; other <= high[v]; other++) {
            if (other != truth && admits(r, c, (int) other)) {
                return true;
            }
        }
        return false;
    }

    private boolean feasible(long[] lo, long[] hi) {
        if (!propagate(lo, hi)) {
            return false;
        }
        int widest = -1;
        for (int v = 0; v < lo.length; v++) {
            if (hi[v] > lo[v] && (widest < 0 || hi[v] - lo[v] < hi[widest] - lo[widest])) {
                widest = v;
            }
        }
        if (widest < 0) {
            return true; // every variable fixed and every equation holds
        }
        long middle = lo[widest] + (hi[widest] - lo[widest]) / 2;
        long[] lo1 = lo.clone();
        long[] hi1 = hi.clone();
        hi1[widest] = middle;
        if (feasible(lo1, hi1)) {
            return true;
        }
        long[] lo2 = lo.clone();
        long[] hi2 = hi.clone();
        lo2[widest] = middle + 1;
        return feasible(lo2, hi2);
    }

    /** Tightens the bounds from every equation until nothing changes; false when some domain empties. */
    private boolean propagate(long[] lo, long[] hi) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int e = 0; e < equationVariables.size(); e++) {
                int[] vars = equationVariables.get(e);
                int[] coefficients = equationCoefficients.get(e);
                long constant = equationConstants.get(e);
                long sumLow = constant;
                long sumHigh = constant;
                for (int k = 0; k < vars.length; k++) {
                    sumLow += coefficients[k] > 0 ? lo[vars[k]] : -hi[vars[k]];
                    sumHigh += coefficients[k] > 0 ? hi[vars[k]] : -lo[vars[k]];
                }
                if (sumLow > 0 || sumHigh < 0) {
                    return false;
                }
                for (int k = 0; k < vars.length; k++) {
                    int v = vars[k];
                    // coefficient * x = -(rest); rest ranges over [sumLow - own low, sumHigh - own high]
                    long ownLow = coefficients[k] > 0 ? lo[v] : -hi[v];
                    long ownHigh = coefficients[k] > 0 ? hi[v] : -lo[v];
                    long termLow = -(sumHigh - ownHigh);
                    long termHigh = -(sumLow - ownLow);
                    long newLow = coefficients[k] > 0 ? termLow : -termHigh;
                    long newHigh = coefficients[k] > 0 ? termHigh : -termLow;
                    if (newLow > lo[v]) {
                        lo[v] = newLow;
                        changed = true;
                    }
                    if (newHigh < hi[v]) {
                        hi[v] = newHigh;
                        changed = true;
                    }
                    if (lo[v] > hi[v]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
