package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Protects a whole release at once (see docs/reporting.md, "Protecting a release"): every count of 1 to 4 is
 * shown as {@code <5}; the figures of 5 or more tied to small counts are published rounded to the nearest 5
 * ({@code ≈r}, within 2 of the truth), which gives the small counts room in every relation at once; and a
 * small count the attacker's audit still finds narrowed once nothing around it is left to round is
 * withheld ({@code x}) rather than shown as {@code <5}. No figure is hidden to protect another, so the cost of
 * protection falls on the small counts themselves, never on a country's men or women. The last audit, which
 * finds nothing, is the verdict; a release it cannot clear (a correction tied to figures already out) keeps
 * its findings and is not published.
 *
 * <p>Each round audits only what may have changed ({@link RangeProver} on neighbourhoods of each cell, after
 * {@link BoundPropagation}): a cell that passed stays passed, because protection only ever publishes figures
 * less exactly.
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

    /**
     * The protected release: each key's published cell and true count, and the audit's findings (empty for a
     * release that may be published). What it cost is {@link ReleaseCost#of}.
     */
    record Result(Map<String, PublishedCell> cells, Map<String, Integer> counts, List<Finding> findings) {

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

    /**
     * Protects {@code model} in place; returns the findings of its last audit, which are none.
     *
     * <p>First every figure of 5 or more in a relation with a small count is rounded to the nearest 5, and so
     * are the figures in relations with those (two steps out): rounding costs the reader at most 2 on a
     * figure, and it gives every small count around it room in every relation at once, so most of them pass
     * the first audit. Then, round after round, each small count the audit still finds narrowed gets its
     * neighbourhood rounded further out, and once there is nothing left to round it is published as
     * {@code x} (withheld) instead of {@code <5}; a withheld count is then only required not to be pinned. Each
     * step only ever publishes figures less exactly, so it settles, and a figure never has to be hidden to
     * protect another: the cost stays on the small counts themselves, never on a country's men or women.
     */
    private static List<Finding> protectTogether(ReleaseModel model) {
        for (int pass = 0; pass < ROUNDING_STEPS; pass++) {
            roundAround(model, smallOrHidden(model));
        }
        Auditor auditor = new Auditor(false);
        for (int round = 0; round < 4 * model.size() + 10; round++) {
            List<Finding> findings = auditor.audit(model);
            Statistics.ROUNDS.increment();
            if (findings.isEmpty()) {
                return findings;
            }
            List<Integer> narrowed = new ArrayList<>();
            for (Finding finding : findings) {
                narrowed.add(model.cellOf(finding.key()));
            }
            List<Integer> stillNarrowed = new ArrayList<>();
            for (int cell : narrowed) {
                if (!roundAround(model, List.of(cell)) && !roundAround(model, unknownNeighbours(model, cell))) {
                    stillNarrowed.add(cell);
                }
            }
            boolean changed = stillNarrowed.size() < narrowed.size();
            for (int cell : stillNarrowed) {
                changed |= loosen(model, cell);
            }
            if (!changed) {
                // Nothing left to publish less exactly around them (figures of an earlier revision are out
                // already): the release fails its audit with these findings.
                return new Auditor(true).audit(model);
            }
        }
        throw new IllegalStateException("Protection did not settle");
    }

    /** How many steps out from the small counts the first pass rounds. */
    static final int ROUNDING_STEPS = 2;

    private static List<Integer> smallOrHidden(ReleaseModel model) {
        List<Integer> cells = new ArrayList<>();
        for (int cell = 0; cell < model.size(); cell++) {
            if (!model.known(cell) && model.state(cell) != ReleaseModel.State.ROUNDED) {
                cells.add(cell);
            }
        }
        for (int cell = 0; cell < model.size(); cell++) {
            if (model.state(cell) == ReleaseModel.State.ROUNDED) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The figures not shown exactly in the relations of {@code cell}. */
    private static List<Integer> unknownNeighbours(ReleaseModel model, int cell) {
        Set<Integer> found = new java.util.LinkedHashSet<>();
        for (int e : model.equationsOf(cell)) {
            for (int other : model.equation(e).cells()) {
                if (other != cell && !model.known(other)) {
                    found.add(other);
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Rounds every exact figure of 5 or more (not of an earlier revision) in the relations of {@code cells};
     * true when it rounded any.
     */
    private static boolean roundAround(ReleaseModel model, List<Integer> cells) {
        List<Integer> chosen = new ArrayList<>();
        for (int cell : cells) {
            for (int e : model.equationsOf(cell)) {
                for (int other : model.equation(e).cells()) {
                    if (model.state(other) == ReleaseModel.State.EXACT && !model.isFrozen(other)
                            && model.trueValue(other) >= Suppression.SMALLEST_SHOWN) {
                        chosen.add(other);
                    }
                }
            }
        }
        chosen.forEach(other -> model.setState(other, ReleaseModel.State.ROUNDED));
        return !chosen.isEmpty();
    }

    /**
     * With nothing left to round: a {@code <5} (or an {@code x}) that is still narrowed is withheld itself; a
     * withheld small count that is still pinned, or a figure of an earlier revision, which is out already,
     * gets the figures published in its relations withheld. True when it changed anything.
     */
    private static boolean loosen(ReleaseModel model, int cell) {
        ReleaseModel.State state = model.state(cell);
        if (!model.isFrozen(cell) && (state == ReleaseModel.State.PRIMARY || state == ReleaseModel.State.HIDDEN)) {
            model.setState(cell, ReleaseModel.State.WITHHELD);
            return true;
        }
        boolean changed = false;
        for (int e : model.equationsOf(cell)) {
            for (int other : model.equation(e).cells()) {
                if (other != cell && !model.isFrozen(other) && model.state(other) != ReleaseModel.State.WITHHELD
                        && model.trueValue(other) > 0) {
                    model.setState(other, ReleaseModel.State.WITHHELD);
                    changed = true;
                }
            }
        }
        return changed;
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
        }
        return new Result(cells, counts, findings);
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
            RangeProver prover = exactRanges ? new RangeProver(model, BoundPropagation.of(model))
                    : new RangeProver(model, BoundPropagation.of(model), RangeProver.LOCAL_LEVELS);
            List<Integer> asked = new ArrayList<>();
            for (int cell = 0; cell < model.size(); cell++) {
                ReleaseModel.State state = model.state(cell);
                boolean small = model.trueValue(cell) >= 1 && model.trueValue(cell) < Suppression.SMALLEST_SHOWN;
                boolean judged = state == ReleaseModel.State.PRIMARY || state == ReleaseModel.State.HIDDEN
                        || (state == ReleaseModel.State.WITHHELD && small);
                if (judged && !passed.contains(cell)) {
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
            if (model.state(cell) == ReleaseModel.State.WITHHELD) {
                // A small count published as "x": nobody may pin it.
                return prover.judge(cell, RangeProver.width(2));
            }
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
