package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tables of many centres where several served only one or two people: suppression alone withholds some of
 * them whole; merging the small centres into one row publishes them cell by cell, without a small count.
 */
class SmallRowsTest {

    private static final List<String> SEXES = List.of("Femenino", "Masculino", "Otro");

    @Test
    void merging_the_small_centres_publishes_tables_that_would_be_withheld_whole() {
        Random random = new Random(7);
        int withheldBefore = 0;
        int withheldAfter = 0;
        for (int t = 0; t < 200; t++) {
            CountTable table = centres(random);
            if (Suppression.apply(table).withheld()) {
                withheldBefore++;
                SuppressedTable published = SmallRows.publish(table, n -> "Otros " + n);
                if (published.withheld()) {
                    withheldAfter++;
                } else {
                    assertThat(published.rowLabels().getLast()).startsWith("Otros ");
                    assertNoSmallCountShown(published);
                }
            }
        }
        assertThat(withheldBefore).as("the problem is real on such tables").isGreaterThan(10);
        assertThat(withheldAfter).isLessThan(withheldBefore / 5);
    }

    @Test
    void the_merged_row_adds_up_the_small_centres_and_leaves_the_others_alone() {
        CountTable table = CountTable.of(List.of("PAN-CUR", "COL-CRI", "SMI-TCA", "BOC-ALM"), SEXES,
                new int[][] {{6, 1, 0}, {0, 0, 1}, {1, 1, 0}, {20, 12, 0}});

        CountTable merged = SmallRows.merge(table, n -> "Otros " + n);

        assertThat(merged.rowLabels()).containsExactly("PAN-CUR", "BOC-ALM", "Otros 2");
        assertThat(List.of(merged.count(2, 0), merged.count(2, 1), merged.count(2, 2))).containsExactly(1, 1, 1);
        assertThat(merged.grandTotal()).isEqualTo(table.grandTotal());
    }

    @Test
    void a_table_that_can_be_published_as_it_is_is_not_touched() {
        CountTable table = CountTable.of(List.of("PAN-CUR", "COL-CRI"), SEXES, new int[][] {{6, 1, 0}, {9, 8, 0}});

        assertThat(SmallRows.publish(table, n -> "Otros " + n)).isEqualTo(Suppression.apply(table));
    }

    /** Up to 45 centres: a quarter with one member, a quarter with a few women and men, the rest empty. */
    private static CountTable centres(Random random) {
        int n = 5 + random.nextInt(40);
        int[][] counts = new int[n][3];
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            rows.add("C" + r);
            int kind = random.nextInt(4);
            if (kind == 0) {
                counts[r][random.nextInt(3)] = 1;
            } else if (kind == 1) {
                counts[r][0] = random.nextInt(8);
                counts[r][1] = random.nextInt(3);
            }
        }
        counts[0] = new int[] {6, 1, 0};
        return CountTable.of(rows, SEXES, counts);
    }

    private static void assertNoSmallCountShown(SuppressedTable table) {
        List<PublishedCell> cells = new ArrayList<>(table.rowTotals());
        cells.addAll(table.columnTotals());
        cells.add(table.grandTotal());
        table.cells().forEach(cells::addAll);
        assertThat(cells).allSatisfy(cell -> {
            if (cell instanceof PublishedCell.Shown shown) {
                assertThat(shown.value()).satisfiesAnyOf(v -> assertThat(v).isZero(),
                        v -> assertThat(v).isGreaterThanOrEqualTo(5));
            }
        });
    }
}
