package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Protects a whole release at once (see docs/reporting.md, "Protecting a release"; the outputs do not use it
 * yet, because it is still too slow for a national network): every count of 1 to 4 is
 * shown as {@code <5}; then, as long as the attacker's audit ({@link ReleaseAudit}) can narrow one of them
 * beyond what the marks alone say, a figure it depends on is published less exactly — first rounded to the
 * nearest 5 ({@code ≈r}, which keeps nearly all its information), then hidden ({@code x}) if rounding is not
 * enough — choosing in the relation that binds tightest the figure whose rounding costs least (an inner
 * cell before a total, a large count before a small one). A table whose marks alone give a small count away
 * is withheld. The result passes the audit by construction.
 *
 * <p>Each round audits only what may have changed ({@link RangeProver} on neighbourhoods of each cell, after
 * {@link BoundPropagation}): a cell that passed stays passed, because protection only ever publishes figures
 * less exactly; the last round, which finds nothing, is the verdict.
 *
 * <p>{@code joint == false} protects each table on its own, as earlier versions did; kept so that tests can
 * show what the joint step adds.
 */
final class ReleaseProtection {

    private ReleaseProtection() {
    }

    /** A cell the audit found disclosed: its key and the range an outsider derives. */
    record Finding(String key, ReleaseModel.State state, int low, int high) {
    }

    /** What protection cost, per kind of table: cells in all, hidden as small, and hidden or rounded to protect them. */
    record Cost(String kind, int cells, int primary, int rounded, int hidden, int withheld) {
    }

    /**
     * The protected release: each key's published cell, the audit's findings (empty for a release that may be
     * published) and the cost.
     */
    record Result(Map<String, PublishedCell> cells, Map<String, Integer> counts, List<Finding> findings,
            List<Cost> cost) {

        boolean passed() {
            return findings.isEmpty();
        }
    }

    static Result protect(ReleaseModel model, boolean joint) {
        return protect(model, joint, Map.of());
    }

    /**
     * As {@link #protect(ReleaseModel, boolean)}, starting from an earlier release of the same period: a
     * figure it rounded or hid stays so while it is 5 or more, so a correction changes as few published
     * figures as it can.
     */
    static Result protect(ReleaseModel model, boolean joint, Map<String, PublishedCell> earlier) {
        return protect(model, joint, earlier, Map.of());
    }

    /**
     * As above, and audited together with the earlier revision ({@code earlierCounts} its true counts): a
     * correction is published only if neither version, nor both side by side, gives a small count away.
     */
    static Result protect(ReleaseModel model, boolean joint, Map<String, PublishedCell> earlier,
            Map<String, Integer> earlierCounts) {
        if (!earlierCounts.isEmpty()) {
            model.addEarlier("earlier", earlier, earlierCounts);
        }
        for (int cell = 0; cell < model.size(); cell++) {
            PublishedCell before = earlier.get(model.publishedKey(cell));
            if (model.state(cell) == ReleaseModel.State.EXACT && model.trueValue(cell) >= Suppression.SMALLEST_SHOWN
                    && before != null) {
                if (before instanceof PublishedCell.Shown shown && shown.rounded()) {
                    model.setState(cell, ReleaseModel.State.ROUNDED);
                } else if (before instanceof PublishedCell.Hidden) {
                    model.setState(cell, ReleaseModel.State.HIDDEN);
                }
            }
        }
        if (joint) {
            // The last audit of protection is the verdict: it judges every cell that has not passed since.
            return result(model, protectTogether(model));
        }
        protectTableByTable(model);
        return result(model, audit(model));
    }

    /** Protects {@code model} in place; returns the findings of its last audit, which are none. */
    private static List<Finding> protectTogether(ReleaseModel model) {
        Auditor auditor = new Auditor(false);
        for (int round = 0; round < 4 * model.size() + 10; round++) {
            List<Finding> findings = auditor.audit(model);
            Statistics.ROUNDS.increment();
            if (findings.isEmpty()) {
                return findings;
            }
            // One step for every finding of the round: a few more figures rounded than strictly needed, in far
            // fewer rounds.
            for (Finding finding : findings) {
                int cell = model.cellOf(finding.key());
                if (model.state(cell) != ReleaseModel.State.WITHHELD) {
                    step(model, cell, finding);
                }
            }
        }
        throw new IllegalStateException("Protection did not settle");
    }

    /**
     * One more figure published less exactly for {@code cell}, chosen among the figures tied to it: the
     * cheapest rounding in its tightest relation (the one with the fewest figures not shown exactly), or the
     * nearest; with nothing left to round, the hiding that widens its range most, or the cheapest one; with
     * nothing left at all, its tables are withheld. Returns the equations it touched.
     */
    private static List<Integer> step(ReleaseModel model, int cell, Finding finding) {
        if (finding.low() == finding.high() && marksPin(model, cell)) {
            return withholdSmallTotal(model, cell);
        }
        List<Integer> candidates = candidates(model, cell);
        List<Integer> exact = candidates.stream().filter(c -> model.state(c) == ReleaseModel.State.EXACT).toList();
        Integer chosen = tightest(model, cell, exact);
        if (chosen != null) {
            model.setState(chosen, ReleaseModel.State.ROUNDED);
            return model.equationsOf(chosen);
        }
        chosen = widest(model, cell, candidates);
        if (chosen == null) {
            chosen = tightest(model, cell, candidates);
        }
        if (chosen != null) {
            model.setState(chosen, ReleaseModel.State.HIDDEN);
            return model.equationsOf(chosen);
        }
        return withhold(model, cell);
    }

    /**
     * The candidate whose hiding widens {@code cell}'s range most, by {@link RangeProver#estimatedWidth} (a
     * program on a small neighbourhood per candidate), or null when none widens it.
     */
    private static Integer widest(ReleaseModel model, int cell, List<Integer> candidates) {
        Integer best = null;
        int bestWidth = RangeProver.estimatedWidth(model, cell);
        for (int other : candidates) {
            ReleaseModel.State before = model.state(other);
            model.setState(other, ReleaseModel.State.HIDDEN);
            int width = RangeProver.estimatedWidth(model, cell);
            model.setState(other, before);
            if (width > bestWidth || (width == bestWidth && best != null && cheaper(model, other, best))) {
                best = other;
                bestWidth = width;
            }
        }
        return best;
    }

    /**
     * The cheapest of {@code candidates} in the relation of {@code cell} with the fewest unknowns, or the nearest
     * one: chosen by the relations alone, without solving anything.
     */
    private static Integer tightest(ReleaseModel model, int cell, List<Integer> candidates) {
        List<Integer> equations = new ArrayList<>(model.equationsOf(cell));
        equations.sort(Comparator.comparingInt((Integer e) -> unknowns(model, e)).thenComparing(e -> e));
        for (int e : equations) {
            Integer best = null;
            for (int other : model.equation(e).cells()) {
                if (candidates.contains(other) && (best == null || cheaper(model, other, best))) {
                    best = other;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return candidates.isEmpty() ? null : candidates.getFirst();
    }

    /**
     * The figures that could loosen {@code cell}: the published ones (exact or rounded, 5 or more) in its
     * relations and in the relations of the unknown figures it is tied to, nearest first, at most
     * {@link #CANDIDATES}.
     */
    private static List<Integer> candidates(ReleaseModel model, int cell) {
        List<Integer> candidates = new ArrayList<>();
        Set<Integer> seen = new HashSet<>(List.of(cell));
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(cell));
        while (!queue.isEmpty() && candidates.size() < CANDIDATES) {
            int next = queue.poll();
            for (int e : model.equationsOf(next)) {
                for (int other : model.equation(e).cells()) {
                    if (!seen.add(other)) {
                        continue;
                    }
                    ReleaseModel.State state = model.state(other);
                    boolean published = state == ReleaseModel.State.EXACT || state == ReleaseModel.State.ROUNDED;
                    if (published && !model.isFrozen(other) && model.trueValue(other) >= Suppression.SMALLEST_SHOWN) {
                        candidates.add(other);
                    }
                    if (!model.known(other)) {
                        queue.add(other);
                    }
                }
            }
        }
        return candidates;
    }

    /** How many figures {@link #step} tries for one cell. */
    static final int CANDIDATES = 24;

    /**
     * Rounding {@code a} loses less than rounding {@code b}: a centre's figure before a municipality's and a
     * municipality's before the country's, then an inner cell before a total, then the larger count.
     */
    private static boolean cheaper(ReleaseModel model, int a, int b) {
        if (level(model.key(a)) != level(model.key(b))) {
            return level(model.key(a)) < level(model.key(b));
        }
        if (model.isTotal(a) != model.isTotal(b)) {
            return !model.isTotal(a);
        }
        if (model.trueValue(a) != model.trueValue(b)) {
            return model.trueValue(a) > model.trueValue(b);
        }
        return model.key(a).compareTo(model.key(b)) < 0;
    }

    /** 0 for a centre's figure (or a sum of centres), 1 for a municipality's, 2 for the country's. */
    private static int level(String key) {
        return key.contains("|U:N") ? 2 : key.contains("|U:M") ? 1 : 0;
    }

    private static int unknowns(ReleaseModel model, int e) {
        int n = 0;
        for (int cell : model.equation(e).cells()) {
            if (model.state(cell) != ReleaseModel.State.EXACT) {
                n++;
            }
        }
        return n;
    }

    /** True when the marks alone (zeros, {@code <5}, "5 or more") pin the cell: no protection can help. */
    private static boolean marksPin(ReleaseModel model, int cell) {
        ReleaseAudit.Range marks = marksRange(model, cell);
        return marks.single();
    }

    /**
     * When the marks alone pin a small count (four {@code <5} parts of a total shown as {@code <5} can only be
     * ones), the total that does it is withheld: shown as {@code x} and read as "anything", which frees its
     * parts. The total with the most small parts goes first; without one, the cell's tables are withheld.
     */
    private static List<Integer> withholdSmallTotal(ReleaseModel model, int cell) {
        Integer chosen = null;
        int parts = 0;
        for (int e : model.equationsOf(cell)) {
            if (!smallOnly(model, e)) {
                continue;
            }
            ReleaseModel.Equation equation = model.equation(e);
            int small = 0;
            Integer total = null;
            for (int i = 0; i < equation.cells().length; i++) {
                int member = equation.cells()[i];
                if (model.state(member) == ReleaseModel.State.PRIMARY) {
                    if (equation.coefficients()[i] < 0 && !model.isFrozen(member)) {
                        total = member;
                    } else {
                        small++;
                    }
                }
            }
            if (total != null && small > parts) {
                chosen = total;
                parts = small;
            }
        }
        if (chosen == null) {
            return withhold(model, cell);
        }
        model.setState(chosen, ReleaseModel.State.WITHHELD);
        return model.equationsOf(chosen);
    }

    /**
     * Every cell of every table that holds {@code cell} is withheld; for a figure of an earlier revision, which
     * is out already, every figure of this one tied to it.
     */
    private static List<Integer> withhold(ReleaseModel model, int cell) {
        List<Integer> touched = new ArrayList<>();
        if (model.isFrozen(cell)) {
            ReleaseModel.Components components = model.components();
            for (int member : components.cells(components.of(cell))) {
                for (int e : model.equationsOf(member)) {
                    for (int other : model.equation(e).cells()) {
                        if (!model.isFrozen(other) && model.state(other) != ReleaseModel.State.WITHHELD) {
                            model.setState(other, ReleaseModel.State.WITHHELD);
                            touched.addAll(model.equationsOf(other));
                        }
                    }
                }
            }
            return touched;
        }
        for (int table : model.tablesOf(cell)) {
            for (int member : model.cellsOfTable(table)) {
                model.setState(member, ReleaseModel.State.WITHHELD);
                touched.addAll(model.equationsOf(member));
            }
        }
        return touched;
    }

    /** Each table protected as if it were the only one published, then every key takes its most exact form. */
    private static void protectTableByTable(ReleaseModel model) {
        Set<Integer> tables = new HashSet<>();
        for (int cell = 0; cell < model.size(); cell++) {
            tables.addAll(model.tablesOf(cell));
        }
        Map<Integer, ReleaseModel.State> combined = new HashMap<>();
        for (int table : tables) {
            ReleaseModel.State[] saved = new ReleaseModel.State[model.size()];
            for (int cell = 0; cell < model.size(); cell++) {
                saved[cell] = model.state(cell);
            }
            List<Integer> cells = model.cellsOfTable(table);
            List<Integer> equations = model.equationsOfTable(table);
            for (int round = 0; round < 4 * cells.size() + 10; round++) {
                List<Finding> findings = auditWithin(model, cells, equations);
                if (findings.isEmpty()) {
                    break;
                }
                Finding finding = findings.getFirst();
                int cell = model.cellOf(finding.key());
                List<Integer> own = new ArrayList<>(equations);
                own.retainAll(model.equationsOf(cell));
                boolean changed = false;
                for (int e : own) {
                    for (int other : model.equation(e).cells()) {
                        if (!changed && other != cell && model.state(other) == ReleaseModel.State.EXACT
                                && model.trueValue(other) >= Suppression.SMALLEST_SHOWN) {
                            model.setState(other, ReleaseModel.State.HIDDEN);
                            changed = true;
                        }
                    }
                }
                if (!changed) {
                    cells.forEach(c -> model.setState(c, ReleaseModel.State.WITHHELD));
                }
            }
            for (int cell : cells) {
                ReleaseModel.State state = model.state(cell);
                combined.merge(cell, state, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
            for (int cell = 0; cell < model.size(); cell++) {
                model.setState(cell, saved[cell]);
            }
        }
        combined.forEach(model::setState);
    }

    private static List<Finding> auditWithin(ReleaseModel model, List<Integer> cells, List<Integer> equations) {
        List<Integer> unknown = cells.stream().filter(c -> !model.known(c)).toList();
        List<Integer> asked = unknown.stream().filter(c -> model.state(c) == ReleaseModel.State.PRIMARY
                || model.state(c) == ReleaseModel.State.HIDDEN).toList();
        Map<Integer, ReleaseAudit.Range> ranges = ReleaseAudit.rangesIn(model, unknown, equations, asked);
        List<Finding> findings = new ArrayList<>();
        for (int cell : asked) {
            ReleaseAudit.Range range = ranges.get(cell);
            if (model.state(cell) == ReleaseModel.State.PRIMARY ? range.single() : range.width() < 5) {
                findings.add(new Finding(model.key(cell), model.state(cell), range.low(), range.high()));
            }
        }
        return findings;
    }

    /** The audit of the whole release as published now: every finding, with its exact range, in key order. */
    static List<Finding> audit(ReleaseModel model) {
        return new Auditor(true).audit(model);
    }

    /**
     * What the marks alone say about {@code cell}: its range under the relations in which every figure is a
     * zero or a {@code <5}. A relation with a count of 5 or more in it says nothing about a small count beyond
     * its marks (the larger count can absorb any of 1–4), so these are the only ones no protection can loosen.
     */
    private static ReleaseAudit.Range marksRange(ReleaseModel model, int cell) {
        ReleaseModel marks = model.marksOnly();
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(cell));
        Set<Integer> cells = new java.util.TreeSet<>(List.of(cell));
        Set<Integer> equations = new java.util.TreeSet<>();
        while (!queue.isEmpty()) {
            int next = queue.poll();
            for (int e : model.equationsOf(next)) {
                if (equations.contains(e) || !smallOnly(model, e)) {
                    continue;
                }
                equations.add(e);
                for (int member : model.equation(e).cells()) {
                    if (!marks.known(member) && cells.add(member)) {
                        queue.add(member);
                    }
                }
            }
        }
        return ReleaseAudit.rangesIn(marks, List.copyOf(cells), List.copyOf(equations), List.of(cell)).get(cell);
    }

    private static boolean smallOnly(ReleaseModel model, int e) {
        for (int member : model.equation(e).cells()) {
            if (model.trueValue(member) >= Suppression.SMALLEST_SHOWN && model.state(member) != ReleaseModel.State.WITHHELD) {
                return false;
            }
        }
        return true;
    }

    private static Result result(ReleaseModel model, List<Finding> findings) {
        Map<String, PublishedCell> cells = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, int[]> cost = new TreeMap<>();
        for (int cell = 0; cell < model.size(); cell++) {
            if (model.isFrozen(cell)) {
                continue;
            }
            PublishedCell published = switch (model.state(cell)) {
                case EXACT -> new PublishedCell.Shown(model.trueValue(cell));
                case ROUNDED -> new PublishedCell.Shown(ReleaseModel.rounded(model.trueValue(cell)), true);
                case PRIMARY -> new PublishedCell.Hidden(SuppressionReason.PRIMARY);
                case HIDDEN -> new PublishedCell.Hidden(SuppressionReason.COMPLEMENTARY);
                case WITHHELD -> new PublishedCell.Hidden(SuppressionReason.WITHHELD);
            };
            String key = model.publishedKey(cell);
            // A key with two counts (unlinked above) publishes its least exact form everywhere.
            cells.merge(key, published, (a, b) -> a.isHidden() ? a : b);
            counts.putIfAbsent(key, model.trueValue(cell));
            int[] c = cost.computeIfAbsent(model.kind(cell), k -> new int[1 + ReleaseModel.State.values().length]);
            c[0]++;
            c[1 + model.state(cell).ordinal()]++;
        }
        List<Cost> costs = new ArrayList<>();
        cost.forEach((kind, c) -> costs.add(new Cost(kind, c[0], c[2], c[3], c[4], c[5])));
        return new Result(cells, counts, findings, costs);
    }

    /**
     * The audit as protection runs it, round after round. Protection only ever publishes figures less exactly
     * (exact to rounded to hidden to withheld), which can only widen what an outsider cannot exclude, so a cell
     * that passed stays passed and is not judged again. The exception is a {@code <5} that passed because it
     * keeps exactly what the marks alone leave: the marks change when a figure is withheld, and then those are
     * judged again. Cells are judged in parallel; each verdict is exact, so the findings do not depend on the
     * order.
     */
    private static final class Auditor {

        private final boolean exactRanges;
        private final Set<Integer> passed = ConcurrentHashMap.newKeySet();
        private final Set<Integer> passedByMarks = ConcurrentHashMap.newKeySet();
        private final Map<Integer, ReleaseAudit.Range> marks = new ConcurrentHashMap<>();
        private long withheld = -1;

        /** With {@code exactRanges}, each finding carries the attacker's exact range, not just one that contains it. */
        Auditor(boolean exactRanges) {
            this.exactRanges = exactRanges;
        }

        List<Finding> audit(ReleaseModel model) {
            long now = model.withheldChanges();
            if (now != withheld) {
                marks.clear();
                passed.removeAll(passedByMarks);
                passedByMarks.clear();
                withheld = now;
            }
            RangeProver prover = new RangeProver(model, BoundPropagation.of(model));
            List<Integer> asked = new ArrayList<>();
            for (int cell = 0; cell < model.size(); cell++) {
                ReleaseModel.State state = model.state(cell);
                if ((state == ReleaseModel.State.PRIMARY || state == ReleaseModel.State.HIDDEN) && !passed.contains(cell)) {
                    asked.add(cell);
                }
            }
            List<RangeProver.Verdict> verdicts = asked.parallelStream().map(cell -> judge(model, prover, cell)).toList();
            List<Finding> findings = new ArrayList<>();
            for (RangeProver.Verdict verdict : verdicts) {
                int cell = verdict.cell();
                if (verdict.passed()) {
                    passed.add(cell);
                } else {
                    ReleaseAudit.Range range = exactRanges ? prover.exact(cell)
                            : new ReleaseAudit.Range(verdict.low(), verdict.high());
                    findings.add(new Finding(model.key(cell), model.state(cell), range.low(), range.high()));
                }
            }
            findings.sort(Comparator.comparing(Finding::key));
            return findings;
        }

        /**
         * The rule: a {@code <5} keeps the whole range 1–4, or, where the marks alone already narrow it, exactly
         * what the marks leave (never one value); an {@code x} keeps at least five possible values. The marks
         * are asked only of a {@code <5} that does not keep 1–4.
         */
        private RangeProver.Verdict judge(ReleaseModel model, RangeProver prover, int cell) {
            if (model.state(cell) == ReleaseModel.State.HIDDEN) {
                return prover.judge(cell, RangeProver.width(Suppression.SMALLEST_SHOWN));
            }
            RangeProver.Verdict whole = prover.judge(cell, RangeProver.covering(1, Suppression.SMALLEST_SHOWN - 1));
            if (whole.passed()) {
                return whole;
            }
            ReleaseAudit.Range left = marks(model, cell);
            if (left.single() || left.width() == Suppression.SMALLEST_SHOWN - 1) {
                return whole;
            }
            RangeProver.Verdict byMarks = prover.judge(cell, RangeProver.covering(left.low(), left.high()));
            if (byMarks.passed()) {
                passedByMarks.add(cell);
            }
            return byMarks;
        }

        private ReleaseAudit.Range marks(ReleaseModel model, int cell) {
            ReleaseAudit.Range known = marks.get(cell);
            if (known == null) {
                known = marksRange(model, cell);
                marks.put(cell, known);
            }
            return known;
        }
    }

    /** How many rounds protection took, in all threads since the last reset: for benchmarks, which report it. */
    static final class Statistics {

        private static final java.util.concurrent.atomic.LongAdder ROUNDS = new java.util.concurrent.atomic.LongAdder();

        private Statistics() {
        }

        static int rounds() {
            return ROUNDS.intValue();
        }

        static void reset() {
            ROUNDS.reset();
        }
    }
}
