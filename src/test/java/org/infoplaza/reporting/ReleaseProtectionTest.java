package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseProtectionTest {

    static final List<String> SEXES = List.of("sex=MALE", "sex=FEMALE", "sex=OTHER");

    /**
     * The case found on the public page for November 2026: the country's women minus Panamá's and San
     * Miguelito's gave Colón's, and with Colón's men and total its one "other" came back, although every table
     * on its own was suppressed.
     */
    static List<PeopleTable> colonNovember() {
        return List.of(
                sexes("U:N", 94, 105, 1),
                sexes("U:M1", 30, 36, 0),
                sexes("U:M2", 40, 46, 0),
                sexes("U:M3", 24, 23, 1));
    }

    static final Map<String, List<String>> MUNICIPALITIES = Map.of("U:N", List.of("U:M1", "U:M2", "U:M3"));

    static PeopleTable sexes(String unit, int... counts) {
        return PeopleTable.breakdown("served", unit,
                CountTable.breakdown(unit, List.of("M", "F", "O"), counts), SEXES);
    }

    @Test
    void each_table_suppressed_on_its_own_gives_colons_other_back() {
        ReleaseModel model = ReleaseModel.of(colonNovember(), MUNICIPALITIES);
        publishAsEachTableAlone(model, colonNovember());

        assertThat(ReleaseProtection.audit(model))
                .extracting(ReleaseProtection.Finding::key, ReleaseProtection.Finding::low, ReleaseProtection.Finding::high)
                .contains(org.assertj.core.groups.Tuple.tuple("served|U:M3|sex=OTHER", 1, 1));
    }

    @Test
    void the_joint_release_keeps_colons_other_between_1_and_4_and_shows_the_countrys_men() {
        ReleaseProtection.Result release = ReleaseProtection.protect(
                ReleaseModel.of(colonNovember(), MUNICIPALITIES), true);

        assertThat(release.passed()).isTrue();
        assertThat(release.cells().get("served|U:M3|sex=OTHER")).isEqualTo(new PublishedCell.Hidden(SuppressionReason.PRIMARY));
        // The country's men and women stay on the page: exact, or rounded to within two.
        for (String sex : List.of("MALE", "FEMALE")) {
            assertThat(release.cells().get("served|U:N|sex=" + sex)).isInstanceOfSatisfying(PublishedCell.Shown.class,
                    shown -> assertThat(shown.value()).isCloseTo(sex.equals("MALE") ? 94 : 105,
                            org.assertj.core.data.Offset.offset(2)));
        }
        assertThat(release.cells().values()).noneMatch(cell -> cell.equals(
                new PublishedCell.Hidden(SuppressionReason.WITHHELD)));
    }

    /** Today's method, table by table ({@link Suppression}), as the published marks of the model. */
    static void publishAsEachTableAlone(ReleaseModel model, List<PeopleTable> tables) {
        for (int cell = 0; cell < model.size(); cell++) {
            model.setState(cell, ReleaseModel.State.WITHHELD);
        }
        List<ReleaseModel.State> order = List.of(ReleaseModel.State.WITHHELD, ReleaseModel.State.HIDDEN,
                ReleaseModel.State.PRIMARY, ReleaseModel.State.EXACT);
        for (PeopleTable table : tables) {
            SuppressedTable published = Suppression.apply(table.counts());
            List<Map.Entry<String, PublishedCell>> cells = new ArrayList<>();
            for (int r = 0; r < table.counts().rows(); r++) {
                for (int c = 0; c < table.counts().columns(); c++) {
                    cells.add(Map.entry(table.cellKey(r, c), published.cell(r, c)));
                }
                cells.add(Map.entry(table.rowTotalKey(r), published.rowTotal(r)));
            }
            for (int c = 0; c < table.counts().columns(); c++) {
                cells.add(Map.entry(table.columnTotalKey(c), published.columnTotal(c)));
            }
            cells.add(Map.entry(table.grandTotalKey(), published.grandTotal()));
            for (Map.Entry<String, PublishedCell> entry : cells) {
                int cell = model.cellOf(entry.getKey());
                ReleaseModel.State state = switch (entry.getValue()) {
                    case PublishedCell.Shown shown -> ReleaseModel.State.EXACT;
                    case PublishedCell.Hidden hidden -> switch (hidden.reason()) {
                        case PRIMARY -> ReleaseModel.State.PRIMARY;
                        case COMPLEMENTARY -> ReleaseModel.State.HIDDEN;
                        case WITHHELD, PENDING -> ReleaseModel.State.WITHHELD;
                    };
                };
                if (order.indexOf(state) > order.indexOf(model.state(cell))) {
                    model.setState(cell, state);
                }
            }
        }
    }
}
