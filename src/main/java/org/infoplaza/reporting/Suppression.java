package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Small-cell suppression for everything that leaves a centre. Counts of 1 to 4 are hidden ({@code <5}), and
 * further cells are hidden ({@code x}) until no hidden count of 1 to 4 can be worked out exactly from what is
 * published: the other cells, the totals, and what the marks themselves say (a {@code <5} is 1 to 4, an
 * {@code x} is 5 or more, a zero is always shown).
 *
 * <p>The table with its totals is treated as a network: rows and columns (the totals row and column
 * included) are nodes, hidden cells are edges, and any change to the hidden counts that keeps every
 * published total true is a circulation on that network. A small cell is protected when one unit can be
 * moved around a cycle through it, up or down, without taking any hidden cell outside what its mark
 * admits. When a small cell is not protected, the cheapest cycle is closed by hiding published cells:
 * smallest counts first, totals only when no inner cell will do, zeros never. Hiding more only ever
 * widens what an attacker must consider, so cells protected earlier stay protected. When even hiding every
 * non-zero count would leave a small cell exposed, the whole table is withheld. The method is described
 * step by step in {@code docs/reporting.md}.
 *
 * <p>Stateless and deterministic: the same table always gives the same result.
 */
public final class Suppression {

    /** The smallest count that is published as it is; 1 up to this minus one are hidden. */
    public static final int SMALLEST_SHOWN = 5;

    private Suppression() {
    }

    /** Suppresses {@code table} for publication. */
    public static SuppressedTable apply(CountTable table) {
        Network network = new Network(table);
        network.markPrimary();
        boolean protectable = network.protectAll();
        return protectable ? network.toTable(table) : withheld(table);
    }

    private static SuppressedTable withheld(CountTable table) {
        PublishedCell hidden = new PublishedCell.Hidden(SuppressionReason.WITHHELD);
        List<List<PublishedCell>> cells = new ArrayList<>();
        for (int row = 0; row < table.rows(); row++) {
            cells.add(Collections.nCopies(table.columns(), hidden));
        }
        return new SuppressedTable(table.rowLabels(), table.columnLabels(), cells,
                Collections.nCopies(table.rows(), hidden),
                Collections.nCopies(table.columns(), hidden), hidden, true);
    }

    private enum State { SHOWN, PRIMARY, COMPLEMENTARY }

    /**
     * The table extended with its totals: {@code rows - 1} is the totals row, {@code columns - 1} the totals
     * column. Node {@code r} is row r, node {@code rows + c} is column c. Within the extended table every row
     * and column balances once the totals are counted negative, so a hidden cell in the totals row or column
     * moves against the flow on its edge.
     */
    private static final class Network {

        private static final long UNREACHABLE = Long.MAX_VALUE;

        private final int rows;
        private final int columns;
        private final int[][] value;
        private final State[][] state;
        /** Added to the cost of hiding a total, so that a cycle through inner cells is always preferred. */
        private final long totalPenalty;

        Network(CountTable table) {
            rows = table.rows() + 1;
            columns = table.columns() + 1;
            value = new int[rows][columns];
            state = new State[rows][columns];
            for (int r = 0; r < table.rows(); r++) {
                for (int c = 0; c < table.columns(); c++) {
                    value[r][c] = table.count(r, c);
                }
                value[r][columns - 1] = table.rowTotal(r);
            }
            for (int c = 0; c < table.columns(); c++) {
                value[rows - 1][c] = table.columnTotal(c);
            }
            value[rows - 1][columns - 1] = table.grandTotal();
            for (State[] line : state) {
                Arrays.fill(line, State.SHOWN);
            }
            totalPenalty = 4L * table.grandTotal() + 1;
        }

        void markPrimary() {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (value[r][c] > 0 && value[r][c] < SMALLEST_SHOWN) {
                        state[r][c] = State.PRIMARY;
                    }
                }
            }
        }

        /** Protects every primary cell, in reading order, until a full pass changes nothing. */
        boolean protectAll() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < columns; c++) {
                        if (state[r][c] != State.PRIMARY || isProtected(r, c)) {
                            continue;
                        }
                        List<int[]> cycle = cheapestProtection(r, c);
                        if (cycle == null) {
                            return false;
                        }
                        for (int[] cell : cycle) {
                            state[cell[0]][cell[1]] = State.COMPLEMENTARY;
                        }
                        changed = true;
                    }
                }
            }
            return true;
        }

        private boolean isProtected(int r, int c) {
            return (canRise(r, c) && path(r, c, +1, false) != null) || (canFall(r, c) && path(r, c, -1, false) != null);
        }

        private List<int[]> cheapestProtection(int r, int c) {
            Path up = canRise(r, c) ? path(r, c, +1, true) : null;
            Path down = canFall(r, c) ? path(r, c, -1, true) : null;
            Path best = up == null ? down : down == null || up.cost <= down.cost ? up : down;
            return best == null ? null : best.cells;
        }

        /**
         * The cheapest way to move cell (r, c) by {@code step} (+1 or -1): a path back from one end of its edge
         * to the other through cells that can absorb the change. With {@code hiding} false only hidden cells may
         * be used; otherwise shown non-zero cells may be too, at a cost. Returns the shown cells the path would
         * hide, or null when there is no path.
         */
        private Path path(int r, int c, int step, boolean hiding) {
            // The unit travels along the edge row -> column when the cell's flow rises, so the path must bring it
            // back from the column to the row; and the other way round when the flow falls.
            int flow = step * sign(r, c);
            int from = flow > 0 ? columnNode(c) : r;
            int to = flow > 0 ? r : columnNode(c);
            int nodes = rows + columns;
            long[] distance = new long[nodes];
            int[] previousNode = new int[nodes];
            boolean[] done = new boolean[nodes];
            Arrays.fill(distance, UNREACHABLE);
            Arrays.fill(previousNode, -1);
            distance[from] = 0;
            while (true) {
                int node = -1;
                for (int n = 0; n < nodes; n++) {
                    if (!done[n] && distance[n] != UNREACHABLE && (node < 0 || distance[n] < distance[node])) {
                        node = n;
                    }
                }
                if (node < 0 || node == to) {
                    break;
                }
                done[node] = true;
                boolean isRow = node < rows;
                int others = isRow ? columns : rows;
                for (int other = 0; other < others; other++) {
                    int cellRow = isRow ? node : other;
                    int cellColumn = isRow ? other : node - rows;
                    if (cellRow == r && cellColumn == c) {
                        continue;
                    }
                    // Row -> column carries a rise of the cell's flow, column -> row a fall.
                    int cellFlow = isRow ? +1 : -1;
                    long cost = cost(cellRow, cellColumn, cellFlow * sign(cellRow, cellColumn), hiding);
                    if (cost < 0) {
                        continue;
                    }
                    int next = isRow ? columnNode(other) : other;
                    if (!done[next] && distance[node] + cost < distance[next]) {
                        distance[next] = distance[node] + cost;
                        previousNode[next] = node;
                    }
                }
            }
            if (distance[to] == UNREACHABLE) {
                return null;
            }
            List<int[]> toHide = new ArrayList<>();
            for (int node = to; node != from; node = previousNode[node]) {
                int before = previousNode[node];
                int cellRow = node < rows ? node : before;
                int cellColumn = node < rows ? before - rows : node - rows;
                if (state[cellRow][cellColumn] == State.SHOWN) {
                    toHide.add(new int[] {cellRow, cellColumn});
                }
            }
            return new Path(distance[to], toHide);
        }

        /**
         * What it costs to change cell (r, c) by {@code step}, or -1 when it cannot: a hidden cell costs
         * nothing, a shown non-zero cell (always 5 or more, since smaller ones are primary) costs its count plus,
         * for a total, a penalty; a zero never moves.
         */
        private long cost(int r, int c, int step, boolean hiding) {
            boolean movable = step > 0 ? canRise(r, c) : canFall(r, c);
            if (!movable) {
                return -1;
            }
            return switch (state[r][c]) {
                case PRIMARY, COMPLEMENTARY -> 0;
                case SHOWN -> hiding ? value[r][c] + (isTotal(r, c) ? totalPenalty : 0) : -1;
            };
        }

        /** Whether the cell, once hidden, could be one more than it is without contradicting its mark. */
        private boolean canRise(int r, int c) {
            return value[r][c] > 0 && (value[r][c] >= SMALLEST_SHOWN || value[r][c] < SMALLEST_SHOWN - 1);
        }

        /** Whether the cell, once hidden, could be one less than it is: a {@code <5} stays at least 1, an {@code x} at least 5. */
        private boolean canFall(int r, int c) {
            return value[r][c] > 1 && value[r][c] != SMALLEST_SHOWN;
        }

        /** +1 for inner cells and the grand total, -1 for row and column totals. */
        private int sign(int r, int c) {
            return (r == rows - 1) != (c == columns - 1) ? -1 : +1;
        }

        private boolean isTotal(int r, int c) {
            return r == rows - 1 || c == columns - 1;
        }

        private int columnNode(int c) {
            return rows + c;
        }

        SuppressedTable toTable(CountTable table) {
            List<List<PublishedCell>> cells = new ArrayList<>();
            List<PublishedCell> rowTotals = new ArrayList<>();
            for (int r = 0; r < rows - 1; r++) {
                List<PublishedCell> line = new ArrayList<>();
                for (int c = 0; c < columns - 1; c++) {
                    line.add(published(r, c));
                }
                cells.add(line);
                rowTotals.add(published(r, columns - 1));
            }
            List<PublishedCell> columnTotals = new ArrayList<>();
            for (int c = 0; c < columns - 1; c++) {
                columnTotals.add(published(rows - 1, c));
            }
            return new SuppressedTable(table.rowLabels(), table.columnLabels(), cells, rowTotals, columnTotals,
                    published(rows - 1, columns - 1), false);
        }

        private PublishedCell published(int r, int c) {
            return switch (state[r][c]) {
                case SHOWN -> new PublishedCell.Shown(value[r][c]);
                case PRIMARY -> new PublishedCell.Hidden(SuppressionReason.PRIMARY);
                case COMPLEMENTARY -> new PublishedCell.Hidden(SuppressionReason.COMPLEMENTARY);
            };
        }
    }

    private record Path(long cost, List<int[]> cells) {
    }
}
