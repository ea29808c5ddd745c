package org.infoplaza.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker's audit of a release: for every hidden cell, the tightest range of whole numbers an outsider
 * can derive from everything published at once. The outsider knows every shown figure; that a {@code <5} is
 * 1 to 4, an {@code x} at least 5, a rounded {@code ≈r} within two of {@code r} (and at least 5), a withheld
 * cell anything; and every additive relation between the cells: parts and totals inside each table, the same
 * people in several tables (shared keys), and centres → municipality → country wherever the true counts add
 * up (so an outsider who assumes nobody used two centres is right exactly where the audit says so).
 *
 * <p>The ranges are exact for that outsider: each is the minimum and maximum of an integer program solved
 * by ojalgo, on the connected part of the release the cell belongs to (cells joined by relations in which
 * at least two figures are not published exactly); shown cells enter as constants.
 */
final class ReleaseAudit {

    /** An upper bound for a hidden count; larger than any centre network's people in a month. */
    static final int UNBOUNDED = 10_000_000;

    private ReleaseAudit() {
    }

    /** The range of one cell, inclusive. */
    record Range(int low, int high) {

        boolean single() {
            return low == high;
        }

        int width() {
            return high - low + 1;
        }
    }

    /**
     * The ranges of the {@code asked} cells of {@code model}, each computed on its component of the release.
     */
    static Map<Integer, Range> ranges(ReleaseModel model, List<Integer> asked) {
        ReleaseModel.Components components = model.components();
        Map<Integer, List<Integer>> byComponent = new HashMap<>();
        for (int cell : asked) {
            byComponent.computeIfAbsent(components.of(cell), c -> new ArrayList<>()).add(cell);
        }
        Map<Integer, Range> ranges = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> component : byComponent.entrySet()) {
            ranges.putAll(rangesIn(model, components.cells(component.getKey()),
                    components.equations(component.getKey()), component.getValue()));
        }
        return ranges;
    }

    /** The ranges of {@code asked} on a sub-system: the given cells as unknowns, the given equations. */
    static Map<Integer, Range> rangesIn(ReleaseModel model, List<Integer> cells, List<Integer> equations,
            List<Integer> asked) {
        return rangesIn(model, cells, equations, asked, true);
    }

    /**
     * As above; with {@code whole == false} the ranges are those of the linear relaxation, which can only be
     * as wide or wider: quicker, for choosing what to protect, never for the audit that decides publication.
     */
    static Map<Integer, Range> rangesIn(ReleaseModel model, List<Integer> cells, List<Integer> equations,
            List<Integer> asked, boolean whole) {
        Map<Integer, Range> ranges = new HashMap<>();
        if (cells.size() == 1 && equations.isEmpty()) {
            int cell = cells.getFirst();
            ranges.put(cell, new Range(model.low(cell), model.high(cell)));
            return ranges;
        }
        for (int cell : asked) {
            int low = solve(model, cells, equations, cell, false, whole);
            int high = solve(model, cells, equations, cell, true, whole);
            ranges.put(cell, new Range(low, high));
        }
        return ranges;
    }

    /**
     * The least or greatest value of {@code target}. The linear program is solved first; when its optimal
     * point is whole (as it is for most tables of counts), that point is also the integer optimum. Otherwise,
     * and only for the audit ({@code whole}), the integer program decides, with hidden counts capped at twice
     * the largest count of the release (a cap only removes completions, so it can only make the audit
     * stricter).
     */
    private static int solve(ReleaseModel model, List<Integer> cells, List<Integer> equations, int target,
            boolean maximise, boolean whole) {
        Solved relaxed = solve(model, cells, equations, target, maximise, false, 0);
        if (relaxed == null) {
            // The true counts always satisfy the system, so this is the solver giving up. Claim the worst: the
            // cell pinned to its true value, which fails the audit and asks for more protection.
            return model.trueValue(target);
        }
        if (!whole || relaxed.integral()) {
            return relaxed.bound(maximise);
        }
        Solved exact = solve(model, cells, equations, target, maximise, true, 2 * model.largestCount() + 10);
        return exact == null ? model.trueValue(target) : exact.bound(maximise);
    }

    private record Solved(double value, boolean integral) {

        int bound(boolean maximise) {
            return (int) (maximise ? Math.floor(value + 1e-6) : Math.ceil(value - 1e-6));
        }
    }

    private static Solved solve(ReleaseModel model, List<Integer> cells, List<Integer> equations, int target,
            boolean maximise, boolean integer, int cap) {
        ExpressionsBasedModel lp = new ExpressionsBasedModel();
        Map<Integer, Variable> variables = new HashMap<>();
        List<Variable> ordered = new ArrayList<>();
        for (int cell : cells) {
            int high = cap > 0 ? Math.min(model.high(cell), Math.max(cap, model.low(cell))) : model.high(cell);
            Variable variable = lp.addVariable("v" + cell).lower(model.low(cell)).upper(high).integer(integer);
            if (cell == target) {
                variable.weight(BigDecimal.ONE);
            }
            variables.put(cell, variable);
            ordered.add(variable);
        }
        for (int e : equations) {
            ReleaseModel.Equation equation = model.equation(e);
            long constant = 0;
            Expression expression = lp.addExpression("e" + e);
            boolean any = false;
            for (int i = 0; i < equation.cells().length; i++) {
                int cell = equation.cells()[i];
                Variable variable = variables.get(cell);
                if (variable == null) {
                    constant += (long) equation.coefficients()[i] * model.published(cell);
                } else {
                    expression.set(variable, equation.coefficients()[i]);
                    any = true;
                }
            }
            if (!any) {
                continue;
            }
            if (equation.atMost()) {
                expression.upper(-constant);
            } else {
                expression.level(-constant);
            }
        }
        Optimisation.Result result = maximise ? lp.maximise() : lp.minimise();
        if (!result.getState().isFeasible()) {
            return null;
        }
        boolean integral = true;
        for (int i = 0; i < ordered.size() && integral; i++) {
            double value = result.doubleValue(i);
            integral = Math.abs(value - Math.rint(value)) < 1e-6;
        }
        return new Solved(result.getValue(), integral);
    }
}
