package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.infoplaza.reporting.PublishedCell;
import org.infoplaza.reporting.SuppressedTable;
import org.infoplaza.reporting.SuppressionReason;
import org.infoplaza.shared.ui.chart.ChartData;
import org.infoplaza.shared.ui.chart.ChartKind;
import org.infoplaza.shared.ui.chart.ChartValue;
import org.junit.jupiter.api.Test;

class PublishedChartsTest {

    static final List<String> SEXES = List.of("Femenino", "Masculino", "Otro");

    @Test
    void a_breakdown_with_every_cell_shown_is_the_ring_asked_for() {
        ChartData data = PublishedCharts.breakdown(ChartKind.DONUT, "Por sexo", "Miembros",
                bySex(new PublishedCell.Shown(105), new PublishedCell.Shown(82), new PublishedCell.Shown(6)));

        assertThat(data.kind()).isEqualTo(ChartKind.DONUT);
        assertThat(data.series().getFirst().values()).containsExactly(ChartValue.of(105), ChartValue.of(82),
                ChartValue.of(6));
    }

    @Test
    void a_ring_with_a_hidden_share_becomes_bars_so_one_shown_slice_cannot_read_as_everyone() {
        ChartData data = PublishedCharts.breakdown(ChartKind.DONUT, "Por sexo", "Miembros",
                bySex(new PublishedCell.Shown(105), new PublishedCell.Hidden(SuppressionReason.COMPLEMENTARY),
                        new PublishedCell.Hidden(SuppressionReason.PRIMARY)));

        assertThat(data.kind()).isEqualTo(ChartKind.BAR);
        assertThat(data.categories()).isEqualTo(SEXES);
        assertThat(data.series().getFirst().values()).containsExactly(ChartValue.of(105), ChartValue.hidden("x"),
                ChartValue.suppressed());
    }

    @Test
    void a_rounded_figure_is_drawn_at_its_rounded_value_and_read_as_approximate() {
        ChartData data = PublishedCharts.breakdown(ChartKind.BAR, "Por sexo", "Miembros",
                bySex(new PublishedCell.Shown(105, true), new PublishedCell.Shown(82), new PublishedCell.Shown(6)));

        ChartValue rounded = data.series().getFirst().values().getFirst();
        assertThat(rounded).isEqualTo(ChartValue.approximately(105));
        assertThat(data.format().format(rounded, Locale.forLanguageTag("es-PA"))).isEqualTo("\u2248105");
        assertThat(data.format().format(ChartValue.of(82), Locale.forLanguageTag("es-PA"))).isEqualTo("82");
    }

    private static SuppressedTable bySex(PublishedCell... cells) {
        return new SuppressedTable(List.of("Todo el país"), SEXES, List.of(List.of(cells)),
                List.of(new PublishedCell.Shown(192)), List.of(cells), new PublishedCell.Shown(192), false);
    }
}
