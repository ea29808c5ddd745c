package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What protection cost in one kind of table of a release (members served by sex, training enrolments by age
 * band…): how many distinct figures it publishes, and how many of them are shown as {@code <5}, rounded,
 * hidden as {@code x} or withheld; and, for comparison, how many the earlier method (each table protected on
 * its own) hid. The kind is the measure and the attributes of the table's columns, such as
 * {@code served:sex}.
 *
 * @param kind         the measure and column attributes
 * @param cells        distinct figures (a figure shown in two tables counts once)
 * @param small        shown as {@code <5}
 * @param rounded      rounded to the nearest 5
 * @param hidden       hidden as {@code x} to protect another
 * @param withheld     withheld
 * @param hiddenBefore hidden ({@code <5} or {@code x}) when each table was protected on its own
 */
public record ReleaseCost(String kind, int cells, int small, int rounded, int hidden, int withheld, int hiddenBefore) {

    /** The share of figures not shown exactly, {@code <5} excluded (the price of protecting them), 0–1. */
    public double changedShare() {
        return cells == 0 ? 0 : (double) (rounded + hidden + withheld) / cells;
    }

    /** The share of figures hidden by the earlier table-by-table method, {@code <5} excluded, 0–1. */
    public double hiddenBeforeShare() {
        return cells == 0 ? 0 : (double) Math.max(0, hiddenBefore - small) / cells;
    }

    static List<ReleaseCost> of(List<PeopleTable> published, Map<String, PublishedCell> cells) {
        Map<String, Map<String, PublishedCell>> byKind = new TreeMap<>();
        Map<String, Map<String, Boolean>> hiddenBefore = new TreeMap<>();
        for (PeopleTable table : published) {
            String kind = kind(table);
            Map<String, PublishedCell> now = byKind.computeIfAbsent(kind, k -> new TreeMap<>());
            Map<String, Boolean> before = hiddenBefore.computeIfAbsent(kind, k -> new TreeMap<>());
            SuppressedTable alone = Suppression.apply(table.counts());
            CountTable counts = table.counts();
            for (int r = 0; r < counts.rows(); r++) {
                for (int c = 0; c < counts.columns(); c++) {
                    note(now, before, cells, table.cellKey(r, c), alone.cell(r, c));
                }
                note(now, before, cells, table.rowTotalKey(r), alone.rowTotal(r));
            }
            for (int c = 0; c < counts.columns(); c++) {
                note(now, before, cells, table.columnTotalKey(c), alone.columnTotal(c));
            }
            note(now, before, cells, table.grandTotalKey(), alone.grandTotal());
        }
        List<ReleaseCost> costs = new ArrayList<>();
        byKind.forEach((kind, now) -> {
            int[] n = new int[5];
            for (PublishedCell cell : now.values()) {
                switch (cell) {
                    case PublishedCell.Shown shown -> n[shown.rounded() ? 2 : 0]++;
                    case PublishedCell.Hidden hidden -> n[switch (hidden.reason()) {
                        case PRIMARY -> 1;
                        case COMPLEMENTARY -> 3;
                        case WITHHELD, PENDING -> 4;
                    }]++;
                }
            }
            int before = (int) hiddenBefore.get(kind).values().stream().filter(Boolean::booleanValue).count();
            costs.add(new ReleaseCost(kind, now.size(), n[1], n[2], n[3], n[4], before));
        });
        return costs;
    }

    private static void note(Map<String, PublishedCell> now, Map<String, Boolean> before,
            Map<String, PublishedCell> cells, String key, PublishedCell alone) {
        now.putIfAbsent(key, cells.getOrDefault(key, new PublishedCell.Hidden(SuppressionReason.WITHHELD)));
        before.merge(key, alone.isHidden(), Boolean::logicalOr);
    }

    private static String kind(PeopleTable table) {
        List<String> attributes = new ArrayList<>();
        for (String part : table.columnParts()) {
            int eq = part.indexOf('=');
            if (eq > 0 && !attributes.contains(part.substring(0, eq))) {
                attributes.add(part.substring(0, eq));
            }
        }
        for (String part : table.rowParts()) {
            int eq = part.indexOf('=');
            if (eq > 0 && !attributes.contains(part.substring(0, eq))) {
                attributes.add(0, part.substring(0, eq));
            }
        }
        if (table.rowParts().stream().anyMatch(p -> p.startsWith("C:"))) {
            attributes.add(0, "centre");
        }
        return table.measure() + (attributes.isEmpty() ? "" : ":" + String.join("×", attributes));
    }
}
