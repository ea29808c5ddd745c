package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    // --- what is hidden and how it reads ---

    @Test
    void counts_of_one_to_four_read_as_under_five_while_zero_and_five_are_shown() {
        CountTable table = table(new int[] {0, 5, 30}, new int[] {4, 6, 40}, new int[] {7, 8, 50});

        SuppressedTable result = Suppression.apply(table);

        assertThat(result.cell(0, 0).display()).isEqualTo("0");
        assertThat(result.cell(0, 1).display()).isEqualTo("5");
        assertThat(result.cell(1, 0)).isEqualTo(new PublishedCell.Hidden(SuppressionReason.PRIMARY));
        assertThat(result.cell(1, 0).display()).isEqualTo("<5");
        assertThat(result.withheld()).isFalse();
        assertProtected(result, table);
    }

    @Test
    void a_table_without_small_counts_is_published_whole() {
        CountTable table = table(new int[] {0, 12}, new int[] {9, 0});

        assertThat(render(Suppression.apply(table))).containsExactly(
                "0 12 | 12",
                "9 0 | 9",
                "9 12 | 21");
    }

    @Test
    void a_unit_without_centres_yet_publishes_an_empty_table_with_zero_totals() {
        CountTable none = CountTable.of(List.of(), List.of("Mujeres", "Hombres"), new int[0][]);

        SuppressedTable result = SmallRows.publish(none, n -> "Otros " + n);

        assertThat(result.rowLabels()).isEmpty();
        assertThat(render(result)).containsExactly("0 0 | 0");
        assertThat(result.withheld()).isFalse();
    }

    @Test
    void the_same_table_always_gives_the_same_result() {
        CountTable table = table(new int[] {3, 20, 30, 2}, new int[] {12, 40, 50, 9}, new int[] {1, 7, 7, 7});

        assertThat(Suppression.apply(table)).isEqualTo(Suppression.apply(table));
    }

    // --- (a) a lone small cell next to a published total ---

    @Test
    void a_lone_small_cell_in_a_row_is_protected_by_the_cheapest_rectangle_of_inner_cells() {
        CountTable table = table(new int[] {3, 20, 30}, new int[] {12, 40, 50});

        assertThat(leaks(table, naive(table))).as("primary suppression alone").containsExactly("0,0");
        SuppressedTable result = Suppression.apply(table);

        // Column 0 needs a second hidden cell (12), then row 1 and row 0 need one in a shared column: 40 and
        // 20 cost less than 50 and 30.
        assertThat(render(result)).containsExactly(
                "<5 x 30 | 53",
                "x x 50 | 102",
                "15 60 80 | 155");
        assertThat(result.hidesTotalsAsComplements()).isFalse();
        assertProtected(result, table);
    }

    // --- (b) two small cells share a row but each is alone in its column ---

    @Test
    void two_small_cells_in_one_row_still_need_partners_in_their_columns() {
        CountTable table = table(new int[] {2, 3, 40}, new int[] {10, 20, 30}, new int[] {15, 25, 35});

        assertThat(leaks(table, naive(table))).as("the row has two hidden cells, each column only one")
                .containsExactly("0,0", "0,1");
        SuppressedTable result = Suppression.apply(table);

        assertThat(render(result)).containsExactly(
                "<5 <5 40 | 45",
                "x x 30 | 60",
                "15 25 35 | 75",
                "27 48 105 | 180");
        assertProtected(result, table);
    }

    // --- (c) every line has two hidden cells, yet one is fixed by linear algebra ---

    @Test
    void a_small_cell_bridging_two_closed_rectangles_is_fixed_by_the_totals_until_a_cycle_runs_through_it() {
        CountTable table = table(
                new int[] {1, 2, 3, 20},
                new int[] {2, 1, 30, 40},
                new int[] {50, 60, 2, 3},
                new int[] {70, 80, 4, 1});

        // Primary suppression alone already leaves two hidden cells in every row and column, so a rule that
        // only counts hidden cells per line would stop here. Cell (0,2) is on no cycle: rows 0 and 1 add up
        // over columns 0 and 1 to what columns 0 and 1 hold in rows 0 and 1, which fixes it.
        SuppressedTable naive = naive(table);
        assertThat(everyLineWithAHiddenCellHasTwo(naive)).isTrue();
        assertThat(leaks(table, naive)).containsExactly("0,2");

        SuppressedTable result = Suppression.apply(table);

        // The cheapest cycle through (0,2) runs through row 0 and row 2: hiding 20 closes it.
        assertThat(hidden(result, SuppressionReason.COMPLEMENTARY)).containsExactly("0,3");
        assertProtected(result, table);
    }

    @Test
    void a_closed_rectangle_of_small_cells_that_can_shift_needs_nothing_more() {
        CountTable table = table(new int[] {1, 4, 30}, new int[] {4, 1, 40}, new int[] {20, 25, 50});

        SuppressedTable result = Suppression.apply(table);

        // 1 4 / 4 1 may as well be 2 3 / 3 2, 3 2 / 2 3 or 4 1 / 1 4.
        assertThat(hidden(result, SuppressionReason.COMPLEMENTARY)).isEmpty();
        assertProtected(result, table);
    }

    @Test
    void a_closed_rectangle_of_ones_is_disclosed_by_the_bounds_and_gets_more_cells() {
        CountTable table = table(new int[] {1, 1, 30}, new int[] {1, 1, 40}, new int[] {20, 25, 50});

        // Each row's two hidden cells add up to 2, and each is at least 1: all four are 1.
        assertThat(leaks(table, naive(table))).containsExactly("0,0", "0,1", "1,0", "1,1");

        SuppressedTable result = Suppression.apply(table);

        assertThat(hidden(result, SuppressionReason.COMPLEMENTARY)).isNotEmpty();
        assertThat(result.hidesTotalsAsComplements()).isFalse();
        assertProtected(result, table);
    }

    // --- (d) what a hidden cell is known to be ---

    @Test
    void a_zero_is_never_hidden_as_a_complement_even_when_it_is_the_smallest_cell_in_reach() {
        CountTable table = table(new int[] {3, 0, 40}, new int[] {8, 0, 60});

        SuppressedTable result = Suppression.apply(table);

        // Hiding the zeros would cost nothing, but a zero cannot fall below 0, and readers know that "x" is
        // never a zero, so the cycle must run through counts that can move both ways.
        assertThat(render(result)).containsExactly(
                "<5 0 x | 43",
                "x 0 x | 68",
                "11 0 100 | 111");
        assertProtected(result, table);
    }

    @Test
    void a_complement_of_exactly_five_cannot_absorb_the_small_cell_and_a_total_is_hidden_instead() {
        CountTable table = table(new int[] {1, 5}, new int[] {20, 30});

        // Hiding 5, 20 and 30 satisfies every line, but "x" means at least 5: row 0 then reads 1 + 5 = 6.
        SuppressedTable innerOnly = new SuppressedTable(table.rowLabels(), table.columnLabels(),
                List.of(List.of(primary(), complementary()), List.of(complementary(), complementary())),
                List.of(shown(6), shown(50)), List.of(shown(21), shown(35)), shown(56), false);
        assertThat(leaks(table, innerOnly)).containsExactly("0,0");

        SuppressedTable result = Suppression.apply(table);

        assertThat(result.hidesTotalsAsComplements()).isTrue();
        assertThat(result.withheld()).isFalse();
        assertProtected(result, table);
    }

    // --- one-way breakdowns ---

    @Test
    void a_breakdown_by_sex_hides_the_small_group_and_the_smallest_other_group_but_not_the_zero() {
        CountTable table = CountTable.breakdown("Miembros", List.of("Mujer", "Hombre", "Otro"), 3, 40, 0);

        SuppressedTable result = Suppression.apply(table);

        assertThat(render(result)).containsExactly(
                "<5 x 0 | 43",
                "<5 x 0 | 43");
        assertThat(result.hidesTotalsAsComplements()).isFalse();
        assertProtected(result, table);
    }

    @Test
    void a_breakdown_whose_other_group_is_exactly_five_hides_its_total() {
        CountTable table = CountTable.breakdown("Miembros", List.of("Mujer", "Hombre", "Otro"), 1, 5, 0);

        SuppressedTable result = Suppression.apply(table);

        assertThat(render(result)).containsExactly(
                "<5 5 0 | x",
                "<5 5 0 | x");
        assertThat(result.hidesTotalsAsComplements()).isTrue();
        assertProtected(result, table);
    }

    @Test
    void a_tiny_table_whose_every_cell_is_small_is_protected_by_the_totals_being_small_too() {
        CountTable table = table(new int[] {2});

        assertThat(render(Suppression.apply(table))).containsExactly("<5 | <5", "<5 | <5");
        assertProtected(Suppression.apply(table), table);
    }

    // --- when nothing works ---

    @Test
    void a_table_that_no_pattern_can_protect_is_withheld_whole() {
        CountTable table = table(new int[] {1, 1}, new int[] {1, 1});

        // Four hidden cells, each at least 1, and a grand total under 5: every cell is 1.
        assertThat(leaks(table, everyNonZeroHidden(table))).isNotEmpty();

        SuppressedTable result = Suppression.apply(table);

        assertThat(result.withheld()).isTrue();
        assertThat(render(result)).containsExactly("x x | x", "x x | x", "x x | x");
        assertThat(result.reasonsUsed()).containsExactly(SuppressionReason.WITHHELD);
    }

    @Test
    void every_mark_has_a_legend_line_in_spanish_and_english() {
        for (Locale locale : List.of(Locale.forLanguageTag("es"), Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/reporting", locale);
            for (SuppressionReason reason : SuppressionReason.values()) {
                assertThat(bundle.getString(reason.legendKey())).startsWith(
                        reason == SuppressionReason.WITHHELD ? "" : reason.mark() + ":");
            }
            assertThat(bundle.getString(SuppressionReason.TOTALS_HIDDEN_LEGEND_KEY)).isNotBlank();
        }
    }

    // --- many tables against an independent attacker ---

    @Test
    void no_small_cell_of_many_random_tables_can_be_pinned_down_while_primary_suppression_alone_leaks() {
        Random random = new Random(20260307L);
        int tables = 300;
        int tablesWithSmallCells = 0;
        int naiveLeakingTables = 0;
        int withheldTables = 0;
        for (int n = 0; n < tables; n++) {
            CountTable table = randomTable(random);
            SuppressedTable result = Suppression.apply(table);

            assertThat(Suppression.apply(table)).as("deterministic").isEqualTo(result);
            if (result.withheld()) {
                withheldTables++;
                assertThat(leaks(table, everyNonZeroHidden(table)))
                        .as("withheld only when hiding every non-zero count would still leak: %s", table)
                        .isNotEmpty();
                continue;
            }
            assertPublishedHonestly(result, table);
            assertThat(everyLineWithAHiddenCellHasTwo(result)).as("%s", table).isTrue();
            assertThat(leaks(table, result)).as("leaks in %s as %s", table, render(result)).isEmpty();

            if (!hidden(naive(table), SuppressionReason.PRIMARY).isEmpty()) {
                tablesWithSmallCells++;
                if (!leaks(table, naive(table)).isEmpty()) {
                    naiveLeakingTables++;
                }
            }
        }
        assertThat(tablesWithSmallCells).isGreaterThan(tables / 2);
        assertThat(naiveLeakingTables).as("tables where primary suppression alone leaks")
                .isGreaterThan(tablesWithSmallCells / 2);
        assertThat(withheldTables).isLessThan(tables / 20);
    }

    // --- helpers ---

    /** Tables up to 4 x 4 with many zeros and small counts, where leaks are most likely. */
    private static CountTable randomTable(Random random) {
        int rows = 1 + random.nextInt(4);
        int columns = 1 + random.nextInt(4);
        int[][] counts = new int[rows][columns];
        for (int[] row : counts) {
            for (int c = 0; c < columns; c++) {
                int kind = random.nextInt(20);
                row[c] = kind < 4 ? 0 : kind < 11 ? 1 + random.nextInt(4) : kind < 13 ? 5 : 5 + random.nextInt(20);
            }
        }
        return table(counts);
    }

    private static CountTable table(int[]... counts) {
        return CountTable.of(labels("fila", counts.length), labels("col", counts[0].length), counts);
    }

    private static List<String> labels(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + " " + (i + 1)).toList();
    }

    /** The table's cell in the extended grid, whose last row and column are the totals. */
    private static int truth(CountTable table, int r, int c) {
        boolean totalRow = r == table.rows();
        boolean totalColumn = c == table.columns();
        if (totalRow && totalColumn) {
            return table.grandTotal();
        }
        if (totalRow) {
            return table.columnTotal(c);
        }
        return totalColumn ? table.rowTotal(r) : table.count(r, c);
    }

    private static PublishedCell published(SuppressedTable table, int r, int c) {
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

    /** Primary suppression and nothing else: what a naive method publishes. */
    private static SuppressedTable naive(CountTable table) {
        return hiding(table, value -> value > 0 && value < 5 ? primary() : shown(value));
    }

    /** Every non-zero count hidden: the most a method that shows zeros can hide. */
    private static SuppressedTable everyNonZeroHidden(CountTable table) {
        return hiding(table, value -> value == 0 ? shown(0) : value < 5 ? primary() : complementary());
    }

    private static SuppressedTable hiding(CountTable table, IntFunction<PublishedCell> rule) {
        List<List<PublishedCell>> cells = new ArrayList<>();
        List<PublishedCell> rowTotals = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            List<PublishedCell> line = new ArrayList<>();
            for (int c = 0; c < table.columns(); c++) {
                line.add(rule.apply(table.count(r, c)));
            }
            cells.add(line);
            rowTotals.add(rule.apply(table.rowTotal(r)));
        }
        List<PublishedCell> columnTotals = IntStream.range(0, table.columns())
                .mapToObj(c -> rule.apply(table.columnTotal(c))).toList();
        return new SuppressedTable(table.rowLabels(), table.columnLabels(), cells, rowTotals, columnTotals,
                rule.apply(table.grandTotal()), false);
    }

    /** The primary cells (as "row,column" of the extended grid) the attacker pins down to their true value. */
    private static List<String> leaks(CountTable table, SuppressedTable published) {
        Attacker attacker = new Attacker(published, 2 * table.grandTotal() + 10);
        List<String> leaks = new ArrayList<>();
        for (int r = 0; r <= table.rows(); r++) {
            for (int c = 0; c <= table.columns(); c++) {
                if (published(published, r, c) instanceof PublishedCell.Hidden h && h.reason() == SuppressionReason.PRIMARY
                        && !attacker.cannotPinDown(r, c, truth(table, r, c))) {
                    leaks.add(r + "," + c);
                }
            }
        }
        return leaks;
    }

    private static List<String> hidden(SuppressedTable table, SuppressionReason reason) {
        List<String> cells = new ArrayList<>();
        for (int r = 0; r <= table.rowLabels().size(); r++) {
            for (int c = 0; c <= table.columnLabels().size(); c++) {
                if (published(table, r, c).equals(new PublishedCell.Hidden(reason))) {
                    cells.add(r + "," + c);
                }
            }
        }
        return cells;
    }

    /** The rule of thumb every protected table meets: no row or column, totals included, hides just one cell. */
    private static boolean everyLineWithAHiddenCellHasTwo(SuppressedTable table) {
        int rows = table.rowLabels().size() + 1;
        int columns = table.columnLabels().size() + 1;
        for (int r = 0; r < rows; r++) {
            int row = r;
            if (IntStream.range(0, columns).filter(c -> published(table, row, c).isHidden()).count() == 1) {
                return false;
            }
        }
        for (int c = 0; c < columns; c++) {
            int column = c;
            if (IntStream.range(0, rows).filter(r -> published(table, r, column).isHidden()).count() == 1) {
                return false;
            }
        }
        return true;
    }

    /** Shown cells tell the truth, small counts are primary, complements are never small or zero. */
    private static void assertPublishedHonestly(SuppressedTable result, CountTable table) {
        for (int r = 0; r <= table.rows(); r++) {
            for (int c = 0; c <= table.columns(); c++) {
                int truth = truth(table, r, c);
                PublishedCell cell = published(result, r, c);
                if (truth > 0 && truth < 5) {
                    assertThat(cell).isEqualTo(primary());
                } else if (cell instanceof PublishedCell.Shown shown) {
                    assertThat(shown.value()).isEqualTo(truth);
                } else {
                    assertThat(cell).isEqualTo(complementary());
                    assertThat(truth).isGreaterThanOrEqualTo(5);
                }
                if (cell.isHidden()) {
                    assertThat(cell.display()).isIn("<5", "x");
                }
            }
        }
    }

    private static void assertProtected(SuppressedTable result, CountTable table) {
        assertPublishedHonestly(result, table);
        assertThat(everyLineWithAHiddenCellHasTwo(result)).isTrue();
        assertThat(leaks(table, result)).isEmpty();
    }

    /** Each row as its cells and its total, then the totals row: "<5 x 0 | 43". */
    private static List<String> render(SuppressedTable table) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r <= table.rowLabels().size(); r++) {
            int row = r;
            String cells = IntStream.range(0, table.columnLabels().size())
                    .mapToObj(c -> published(table, row, c).display()).collect(Collectors.joining(" "));
            lines.add(cells + " | " + published(table, r, table.columnLabels().size()).display());
        }
        return lines;
    }

    private static PublishedCell primary() {
        return new PublishedCell.Hidden(SuppressionReason.PRIMARY);
    }

    private static PublishedCell complementary() {
        return new PublishedCell.Hidden(SuppressionReason.COMPLEMENTARY);
    }

    private static PublishedCell shown(int value) {
        return new PublishedCell.Shown(value);
    }
}
