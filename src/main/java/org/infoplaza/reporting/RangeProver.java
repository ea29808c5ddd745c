package org.infoplaza.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Decides whether a hidden cell keeps the range the rule asks for, without solving the whole connected part of
 * the release it belongs to (thousands of cells in a national release, where one linear program takes
 * minutes). It works on growing neighbourhoods of the cell and keeps two ranges that enclose the attacker's:
 *
 * <ul>
 *   <li>an <em>inner</em> range, the least and greatest values seen in completions an outsider cannot exclude:
 *       the true counts, and every whole solution of a program that lets only the neighbourhood move and keeps
 *       every other figure at its true count (so the solution satisfies every relation of the release);
 *   <li>an <em>outer</em> range: the bounds of {@link BoundPropagation}, narrowed by the program that keeps the
 *       neighbourhood's relations only, with the figures at its edge free within their propagated bounds
 *       (fewer relations can only allow more).
 * </ul>
 *
 * Once the inner range meets the goal the cell passes; once the outer range cannot, it fails; otherwise the
 * neighbourhood grows, up to the whole part, where both programs are the attacker's own and the answer is
 * exact (integer program when the linear optimum is fractional, as in {@link ReleaseAudit}). Every whole
 * solution found for one cell also widens the inner ranges of the others it moves, so most cells are decided
 * by solutions found for their neighbours. Thread-safe: cells may be judged in parallel, and the verdicts do
 * not depend on the order (each is exact; a failing cell's range is found from its own programs only).
 */
final class RangeProver {

    /** Neighbourhood sizes tried in turn, in unknown cells; the last step is the whole connected part. */
    static final int[] NEIGHBOURHOODS = {12, 48, 192, 768};

    /** How many neighbourhoods out protection looks before it treats a cell as not proven. */
    static final int LOCAL_LEVELS = 4;

    private final int levels;

    private final ReleaseModel model;
    private final BoundPropagation bounds;
    private final int cap;
    private final int[] seenLow;
    private final int[] seenHigh;

    RangeProver(ReleaseModel model, BoundPropagation bounds) {
        this(model, bounds, NEIGHBOURHOODS.length);
    }

    /**
     * A prover that looks at most {@code levels} neighbourhoods out ({@link #NEIGHBOURHOODS}) and calls a cell
     * it could not prove there a failure. Proofs of a pass stay exact (a completion is a completion), so a
     * protection that loosens what this one cannot prove only ever errs on the side of the people counted; it
     * never solves a program over a national part of the release.
     */
    RangeProver(ReleaseModel model, BoundPropagation bounds, int levels) {
        this.levels = levels;
        this.model = model;
        this.bounds = bounds;
        this.cap = 2 * model.largestCount() + 10;
        this.seenLow = new int[model.size()];
        this.seenHigh = new int[model.size()];
        for (int cell = 0; cell < model.size(); cell++) {
            seenLow[cell] = model.trueValue(cell);
            seenHigh[cell] = model.trueValue(cell);
        }
    }


    private long lowOf(int cell) {
        return bounds == null ? model.low(cell) : Math.max(model.low(cell), bounds.low(cell));
    }

    private long highOf(int cell) {
        return bounds == null ? model.high(cell) : Math.min(model.high(cell), bounds.high(cell));
    }

    /** What the rule asks of a cell's range, read on the inner range (met) and on the outer one (refuted). */
    interface Goal {

        boolean met(long low, long high);

        boolean refuted(long low, long high);

        /** True when a greater (or else a smaller) value of the cell would still help to meet the goal. */
        boolean wantsHigher(long low, long high);

        boolean wantsLower(long low, long high);
    }

    /** Every value of {@code low..high} stays possible: a {@code <5}'s 1–4, or what the marks alone leave. */
    static Goal covering(int low, int high) {
        return new Goal() {
            @Override
            public boolean met(long l, long h) {
                return l <= low && h >= high;
            }

            @Override
            public boolean refuted(long l, long h) {
                return low == high || l > low || h < high;
            }

            @Override
            public boolean wantsHigher(long l, long h) {
                return h < high;
            }

            @Override
            public boolean wantsLower(long l, long h) {
                return l > low;
            }
        };
    }

    /** At least {@code values} possible values: an {@code x}. */
    static Goal width(int values) {
        return new Goal() {
            @Override
            public boolean met(long l, long h) {
                return h - l + 1 >= values;
            }

            @Override
            public boolean refuted(long l, long h) {
                return h - l + 1 < values;
            }

            @Override
            public boolean wantsHigher(long l, long h) {
                return !met(l, h);
            }

            @Override
            public boolean wantsLower(long l, long h) {
                return !met(l, h);
            }
        };
    }

    /** The verdict on one cell: passed, or not with the range the outer bounds leave (exact when asked). */
    record Verdict(int cell, boolean passed, int low, int high) {
    }

    /** Whether {@code cell} meets {@code goal}; for a failure, a range that contains the attacker's. */
    Verdict judge(int cell, Goal goal) {
        long[] inner = inner(cell);
        long[] outer = {lowOf(cell), highOf(cell)};
        if (goal.met(inner[0], inner[1])) {
            return new Verdict(cell, true, (int) inner[0], (int) inner[1]);
        }
        if (goal.refuted(outer[0], outer[1])) {
            return new Verdict(cell, false, (int) outer[0], (int) outer[1]);
        }
        for (int level = 0; level <= NEIGHBOURHOODS.length; level++) {
            if (level >= levels) {
                // Not proven within the neighbourhoods this prover may look at: a failure, for protection.
                return new Verdict(cell, false, (int) outer[0], (int) outer[1]);
            }
            Neighbourhood around = neighbourhood(cell, level < NEIGHBOURHOODS.length ? NEIGHBOURHOODS[level] : Integer.MAX_VALUE);
            boolean whole = around.edge().isEmpty();
            for (boolean maximise : new boolean[] {true, false}) {
                inner = inner(cell);
                if (maximise ? goal.wantsHigher(inner[0], inner[1]) : goal.wantsLower(inner[0], inner[1])) {
                    Solution solution = restricted(around, cell, maximise, whole);
                    if (solution != null && whole) {
                        narrow(outer, maximise, solution.bound(maximise));
                    }
                }
            }
            inner = inner(cell);
            if (goal.met(inner[0], inner[1])) {
                return new Verdict(cell, true, (int) inner[0], (int) inner[1]);
            }
            if (!whole && levels > NEIGHBOURHOODS.length) {
                // Only a prover that may go on to the whole part looks for a refutation on the way: for one that
                // stops at a neighbourhood, a cell not proven there fails whatever the relaxed programs say.
                for (boolean maximise : new boolean[] {true, false}) {
                    // A direction where the completions found already reach the goal cannot refute it.
                    if (maximise ? goal.wantsHigher(inner[0], inner[1]) : goal.wantsLower(inner[0], inner[1])) {
                        Solution solution = relaxed(around, cell, maximise);
                        if (solution != null) {
                            narrow(outer, maximise, solution.bound(maximise));
                        }
                    }
                }
            }
            if (goal.refuted(outer[0], outer[1]) || whole) {
                return new Verdict(cell, false, (int) outer[0], (int) outer[1]);
            }
        }
        throw new IllegalStateException("The whole part decides");
    }

    /** The attacker's exact range of {@code cell}: neighbourhoods grow until the inner and outer ranges agree. */
    ReleaseAudit.Range exact(int cell) {
        long[] outer = {lowOf(cell), highOf(cell)};
        for (int level = 0; level <= NEIGHBOURHOODS.length; level++) {
            long[] inner = inner(cell);
            if (inner[0] == outer[0] && inner[1] == outer[1]) {
                break;
            }
            Neighbourhood around = neighbourhood(cell, level < NEIGHBOURHOODS.length ? NEIGHBOURHOODS[level] : Integer.MAX_VALUE);
            boolean whole = around.edge().isEmpty();
            for (boolean maximise : new boolean[] {true, false}) {
                Solution inside = restricted(around, cell, maximise, whole);
                Solution relaxed = whole ? inside : relaxed(around, cell, maximise);
                if (relaxed != null) {
                    narrow(outer, maximise, relaxed.bound(maximise));
                }
            }
        }
        long[] inner = inner(cell);
        return new ReleaseAudit.Range((int) Math.min(inner[0], outer[0]), (int) Math.max(inner[1], outer[1]));
    }

    private static void narrow(long[] outer, boolean maximise, long bound) {
        if (maximise) {
            outer[1] = Math.min(outer[1], bound);
        } else {
            outer[0] = Math.max(outer[0], bound);
        }
    }

    private synchronized long[] inner(int cell) {
        return new long[] {seenLow[cell], seenHigh[cell]};
    }

    /** A completion the outsider cannot exclude: every cell it moves widens that cell's inner range. */
    private synchronized void saw(List<Integer> cells, int[] values) {
        for (int i = 0; i < values.length; i++) {
            int cell = cells.get(i);
            seenLow[cell] = Math.min(seenLow[cell], values[i]);
            seenHigh[cell] = Math.max(seenHigh[cell], values[i]);
        }
    }

    /**
     * The unknown cells nearest {@code cell} through the relations, at most about {@code size} of them (whole
     * relations at a time), and the unknown cells of their relations just outside (the edge).
     */
    record Neighbourhood(List<Integer> cells, List<Integer> edge, List<Integer> equations) {
    }

    Neighbourhood neighbourhood(int cell, int size) {
        // Nearest first, where crossing a relation costs its number of unknowns: the small relations of a table
        // (a centre's row, a sex's column) before a sum over every centre of the country.
        Map<Integer, Integer> distance = new HashMap<>(Map.of(cell, 0));
        java.util.PriorityQueue<int[]> queue = new java.util.PriorityQueue<>(
                java.util.Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
        queue.add(new int[] {0, cell});
        Set<Integer> inside = new LinkedHashSet<>();
        while (!queue.isEmpty() && inside.size() < size) {
            int[] next = queue.poll();
            if (next[0] > distance.get(next[1]) || !inside.add(next[1])) {
                continue;
            }
            for (int e : model.equationsOf(next[1])) {
                int[] members = model.equation(e).cells();
                int unknowns = 0;
                for (int other : members) {
                    if (!model.known(other)) {
                        unknowns++;
                    }
                }
                for (int other : members) {
                    int through = next[0] + unknowns;
                    if (!model.known(other) && through < distance.getOrDefault(other, Integer.MAX_VALUE)) {
                        distance.put(other, through);
                        queue.add(new int[] {through, other});
                    }
                }
            }
        }
        Set<Integer> equations = new LinkedHashSet<>();
        Set<Integer> edge = new LinkedHashSet<>();
        for (int member : inside) {
            for (int e : model.equationsOf(member)) {
                if (equations.add(e)) {
                    for (int other : model.equation(e).cells()) {
                        if (!model.known(other) && !inside.contains(other)) {
                            edge.add(other);
                        }
                    }
                }
            }
        }
        return new Neighbourhood(List.copyOf(inside), List.copyOf(edge), List.copyOf(equations));
    }

    /** A program's optimum, and its point when it is whole. */
    record Solution(double value, int[] point) {

        long bound(boolean maximise) {
            return (long) (maximise ? Math.floor(value + 1e-6) : Math.ceil(value - 1e-6));
        }
    }

    /**
     * The optimum of {@code cell} when only the neighbourhood moves and every other figure keeps its true count;
     * a whole optimal point is recorded as a completion. The linear program first; when its point is
     * fractional, the integer program, with hidden counts capped (which only removes completions).
     */
    private Solution restricted(Neighbourhood around, int cell, boolean maximise, boolean whole) {
        Solution solution = solve(around.cells(), around.equations(), cell, maximise, false, Set.of());
        if (solution != null && solution.point() == null) {
            Solution exact = solve(around.cells(), around.equations(), cell, maximise, true, Set.of());
            if (exact == null) {
                // Every completion the linear program allows is also allowed here, so for the whole part its bound
                // stands; for a neighbourhood, no completion was found and the true count remains.
                return whole ? solution : null;
            }
            solution = exact;
        }
        if (solution != null && solution.point() != null) {
            saw(around.cells(), solution.point());
        }
        return solution;
    }

    /**
     * The optimum of {@code cell} under the neighbourhood's relations only, its edge free within its bounds. An
     * edge cell in only one of those relations enters it only through the sum of such cells, so they are one
     * variable there, bounded by the sums of their bounds: the same optimum from a much smaller program (a
     * national column over 300 centres is one variable, not 300).
     */
    private Solution relaxed(Neighbourhood around, int cell, boolean maximise) {
        Set<Integer> equations = Set.copyOf(around.equations());
        Map<Integer, Integer> uses = new HashMap<>();
        for (int e : around.equations()) {
            for (int member : model.equation(e).cells()) {
                uses.merge(member, 1, Integer::sum);
            }
        }
        List<Integer> variables = new ArrayList<>(around.cells());
        Set<Integer> lumped = new java.util.HashSet<>();
        for (int member : around.edge()) {
            if (uses.get(member) == 1) {
                lumped.add(member);
            } else {
                variables.add(member);
            }
        }
        return solve(variables, around.equations(), cell, maximise, false, lumped);
    }

    private Solution solve(List<Integer> cells, List<Integer> equations, int target, boolean maximise,
            boolean integer, Set<Integer> lumped) {
        Statistics.PROGRAMS.increment();
        return solve0(cells, equations, target, maximise, integer, lumped);
    }

    /** How many programs were solved, in all threads since the last reset: for benchmarks, which report it. */
    static final class Statistics {

        private static final java.util.concurrent.atomic.LongAdder PROGRAMS = new java.util.concurrent.atomic.LongAdder();

        private Statistics() {
        }

        static long programs() {
            return PROGRAMS.sum();
        }

        static void reset() {
            PROGRAMS.reset();
            ReleaseProtection.Statistics.reset();
        }
    }

    private Solution solve0(List<Integer> cells, List<Integer> equations, int target, boolean maximise,
            boolean integer, Set<Integer> lumped) {
        ExpressionsBasedModel program = new ExpressionsBasedModel();
        Map<Integer, Variable> variables = new HashMap<>();
        for (int cell : cells) {
            long low = lowOf(cell);
            long high = highOf(cell);
            if (integer) {
                high = Math.min(high, Math.max(cap, low));
            }
            Variable variable = program.addVariable("v" + cell).lower(low).upper(high).integer(integer);
            if (cell == target) {
                variable.weight(BigDecimal.ONE);
            }
            variables.put(cell, variable);
        }
        for (int e : equations) {
            ReleaseModel.Equation equation = model.equation(e);
            long constant = 0;
            Expression expression = program.addExpression("e" + e);
            Map<Integer, long[]> sums = new java.util.TreeMap<>();
            for (int i = 0; i < equation.cells().length; i++) {
                int cell = equation.cells()[i];
                Variable variable = variables.get(cell);
                if (lumped.contains(cell)) {
                    long[] sum = sums.computeIfAbsent(equation.coefficients()[i], c -> new long[2]);
                    sum[0] += lowOf(cell);
                    sum[1] += highOf(cell);
                } else if (variable == null) {
                    // Outside the program: a published figure, or a hidden one kept at its true count.
                    constant += (long) equation.coefficients()[i] * model.trueValue(cell);
                } else {
                    expression.set(variable, equation.coefficients()[i]);
                }
            }
            for (Map.Entry<Integer, long[]> sum : sums.entrySet()) {
                Variable together = program.addVariable("s" + e + "_" + sum.getKey()).lower(sum.getValue()[0])
                        .upper(sum.getValue()[1]);
                expression.set(together, sum.getKey());
            }
            if (equation.atMost()) {
                expression.upper(-constant);
            } else {
                expression.level(-constant);
            }
        }
        Optimisation.Result result = maximise ? program.maximise() : program.minimise();
        if (!result.getState().isFeasible()) {
            return null;
        }
        int[] point = new int[cells.size()];
        for (int i = 0; i < point.length; i++) {
            double value = result.doubleValue(i);
            if (Math.abs(value - Math.rint(value)) > 1e-6) {
                return new Solution(result.getValue(), null);
            }
            point[i] = (int) Math.rint(value);
        }
        return new Solution(result.getValue(), point);
    }
}
