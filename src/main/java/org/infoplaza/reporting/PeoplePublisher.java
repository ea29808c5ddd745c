package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a table of people into the table that may leave the server. Every report builder asks its publisher
 * rather than suppressing a table on its own, so that all the figures of a month can come from one release
 * protected as a whole ({@link Releases}): the builders run once with a {@link Collecting} publisher to
 * gather the release's tables, and then, for every screen, export and mail, with a {@link FromRelease}
 * publisher that reads each cell of the stored release by its key.
 */
interface PeoplePublisher {

    SuppressedTable publish(PeopleTable table);

    /** The published form of one figure, such as a unit's members served for the trend chart. */
    PublishedCell cell(String key, int count);

    /**
     * Gathers the tables the builders produce; what it returns is each table suppressed on its own and is
     * thrown away (the builders need something to fill their report with).
     */
    final class Collecting implements PeoplePublisher {

        private final List<PeopleTable> tables = new ArrayList<>();

        @Override
        public SuppressedTable publish(PeopleTable table) {
            tables.add(table);
            return Suppression.apply(table.counts());
        }

        @Override
        public PublishedCell cell(String key, int count) {
            return Suppression.apply(CountTable.breakdown("", List.of(""), count)).cell(0, 0);
        }

        List<PeopleTable> tables() {
            return List.copyOf(tables);
        }
    }

    /**
     * Reads every cell from a protected release. A key the release does not know (unless its count is zero), or
     * whose count has changed since the release was made, is withheld: the release is the only thing that may say how a figure is
     * published, and a figure it did not audit is not published.
     *
     * @param cells  the published form of each key
     * @param counts the count each key had when the release was made
     */
    record FromRelease(Map<String, PublishedCell> cells, Map<String, Integer> counts) implements PeoplePublisher {

        private static final PublishedCell WITHHELD = new PublishedCell.Hidden(SuppressionReason.WITHHELD);

        @Override
        public SuppressedTable publish(PeopleTable table) {
            CountTable counts = table.counts();
            List<List<PublishedCell>> inner = new ArrayList<>();
            List<PublishedCell> rowTotals = new ArrayList<>();
            for (int r = 0; r < counts.rows(); r++) {
                List<PublishedCell> row = new ArrayList<>();
                for (int c = 0; c < counts.columns(); c++) {
                    row.add(cell(table.cellKey(r, c), counts.count(r, c)));
                }
                inner.add(row);
                rowTotals.add(cell(table.rowTotalKey(r), counts.rowTotal(r)));
            }
            List<PublishedCell> columnTotals = new ArrayList<>();
            for (int c = 0; c < counts.columns(); c++) {
                columnTotals.add(cell(table.columnTotalKey(c), counts.columnTotal(c)));
            }
            PublishedCell grand = cell(table.grandTotalKey(), counts.grandTotal());
            boolean withheld = grand.equals(WITHHELD) && inner.stream().flatMap(List::stream).allMatch(WITHHELD::equals);
            return new SuppressedTable(counts.rowLabels(), counts.columnLabels(), inner, rowTotals, columnTotals,
                    grand, withheld && counts.rows() > 0);
        }

        @Override
        public PublishedCell cell(String key, int count) {
            Integer released = counts.get(key);
            PublishedCell published = cells.get(key);
            if (released == null && count == 0) {
                // A unit or centre the release does not have (a municipality without centres): nobody to count.
                return new PublishedCell.Shown(0);
            }
            if (released == null || published == null || released != count) {
                return WITHHELD;
            }
            return published;
        }
    }

    /** For a month not over yet: no count of people is published before its release. */
    final class Pending implements PeoplePublisher {

        static final PublishedCell PENDING = new PublishedCell.Hidden(SuppressionReason.PENDING);

        @Override
        public SuppressedTable publish(PeopleTable table) {
            CountTable counts = table.counts();
            List<List<PublishedCell>> inner = new ArrayList<>();
            for (int r = 0; r < counts.rows(); r++) {
                inner.add(java.util.Collections.nCopies(counts.columns(), PENDING));
            }
            return new SuppressedTable(counts.rowLabels(), counts.columnLabels(), inner,
                    java.util.Collections.nCopies(counts.rows(), PENDING),
                    java.util.Collections.nCopies(counts.columns(), PENDING), PENDING, false);
        }

        @Override
        public PublishedCell cell(String key, int count) {
            return PENDING;
        }
    }
}
