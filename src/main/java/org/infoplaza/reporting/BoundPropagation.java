package org.infoplaza.reporting;

import java.util.ArrayDeque;

/**
 * Bounds that every completion of a release keeps, found by interval propagation: each relation, read on its
 * own, narrows each of its figures to what the others' current bounds leave (rounded inwards, as counts are
 * whole), until nothing changes. No completion an outsider could consider is cut off, so each cell's bounds
 * contain its attacker's range: a cell they already pin is disclosed without solving anything, and they bound
 * the edge of the local programs of {@link RangeProver}.
 *
 * <p>Propagation can take many small steps around a cycle of relations; it stops after a fixed amount of
 * work, which only leaves the bounds wider, never wrong.
 */
final class BoundPropagation {

    /** How many times each relation may be read, on average, before propagation stops. */
    static final int PASSES = 40;

    private final long[] low;
    private final long[] high;

    private BoundPropagation(long[] low, long[] high) {
        this.low = low;
        this.high = high;
    }

    /** The bounds of every cell of {@code model} as it would be published now. */
    static BoundPropagation of(ReleaseModel model) {
        int size = model.size();
        long[] low = new long[size];
        long[] high = new long[size];
        for (int cell = 0; cell < size; cell++) {
            low[cell] = model.low(cell);
            high[cell] = model.high(cell);
        }
        int equations = model.equationCount();
        ArrayDeque<Integer> queue = new ArrayDeque<>(equations);
        boolean[] queued = new boolean[equations];
        for (int e = 0; e < equations; e++) {
            queue.add(e);
            queued[e] = true;
        }
        long budget = (long) PASSES * Math.max(1, equations);
        while (!queue.isEmpty() && budget-- > 0) {
            int e = queue.poll();
            queued[e] = false;
            ReleaseModel.Equation equation = model.equation(e);
            int[] cells = equation.cells();
            int[] coefficients = equation.coefficients();
            long sumLow = 0;
            long sumHigh = 0;
            for (int i = 0; i < cells.length; i++) {
                long a = coefficients[i];
                sumLow += a > 0 ? a * low[cells[i]] : a * high[cells[i]];
                sumHigh += a > 0 ? a * high[cells[i]] : a * low[cells[i]];
            }
            for (int i = 0; i < cells.length; i++) {
                int cell = cells[i];
                long a = coefficients[i];
                long ownLow = a > 0 ? a * low[cell] : a * high[cell];
                long ownHigh = a > 0 ? a * high[cell] : a * low[cell];
                // a·x = −(the rest): at most −(the rest's least), and, for an equality, at least −(its greatest).
                long termHigh = -(sumLow - ownLow);
                long termLow = equation.atMost() ? Long.MIN_VALUE : -(sumHigh - ownHigh);
                long newLow;
                long newHigh;
                if (a > 0) {
                    newHigh = Math.floorDiv(termHigh, a);
                    newLow = termLow == Long.MIN_VALUE ? low[cell] : -Math.floorDiv(-termLow, a);
                } else {
                    newLow = -Math.floorDiv(termHigh, -a);
                    newHigh = termLow == Long.MIN_VALUE ? high[cell] : Math.floorDiv(-termLow, -a);
                }
                boolean changed = false;
                if (newLow > low[cell]) {
                    low[cell] = newLow;
                    changed = true;
                }
                if (newHigh < high[cell]) {
                    high[cell] = newHigh;
                    changed = true;
                }
                if (changed) {
                    // The true counts satisfy every relation, so they stay inside; anything else is a bug here.
                    if (low[cell] > model.trueValue(cell) || high[cell] < model.trueValue(cell)) {
                        throw new IllegalStateException("Propagation cut off the true count of " + model.key(cell));
                    }
                    // Its relations, this one included, are read again with the new bounds.
                    for (int other : model.equationsOf(cell)) {
                        if (!queued[other]) {
                            queued[other] = true;
                            queue.add(other);
                        }
                    }
                }
            }
        }
        return new BoundPropagation(low, high);
    }

    long low(int cell) {
        return low[cell];
    }

    long high(int cell) {
        return high[cell];
    }
}
