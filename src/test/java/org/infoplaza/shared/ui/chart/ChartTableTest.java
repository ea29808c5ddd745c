package org.infoplaza.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartTableTest {

    @Test
    void the_table_has_a_row_per_category_and_a_column_per_series_with_the_charts_numbers() {
        ChartData data = ChartData.of(ChartKind.STACKED_BAR, "Visitas por mes", List.of("Ene", "Feb"),
                        ChartSeries.of("Mujeres", 1200, 15),
                        ChartSeries.of("Hombres", List.of(ChartValue.of(9), ChartValue.suppressed())))
                .withCategoryTitle("Mes");

        ChartTable table = ChartTable.of(data, Locale.ENGLISH, "Category");

        assertThat(table.caption()).isEqualTo("Visitas por mes");
        assertThat(table.header()).containsExactly("Mes", "Mujeres", "Hombres");
        assertThat(table.rows()).containsExactly(
                new ChartTable.Row("Ene", List.of("1,200", "9")),
                new ChartTable.Row("Feb", List.of("15", "<5")));
    }

    @Test
    void without_a_category_title_the_first_column_has_the_translated_default() {
        ChartData data = ChartData.of(ChartKind.DONUT, "Por sexo", List.of("Mujer", "Hombre"),
                ChartSeries.of("Personas", 10, 12));

        assertThat(ChartTable.of(data, Locale.ENGLISH, "Category").header()).containsExactly("Category", "Personas");
    }

    @Test
    void the_table_shows_exactly_the_texts_the_chart_points_carry() {
        ChartData data = ChartData.of(ChartKind.LINE, "Horas de uso", List.of("Ene", "Feb", "Mar"),
                ChartSeries.of("Horas", List.of(ChartValue.of(10.25), ChartValue.suppressed(), ChartValue.of(7))))
                .withFormat(ValueFormat.decimal(1).withUnit("h"));
        Locale spain = Locale.forLanguageTag("es-ES");

        List<String> cells = ChartTable.of(data, spain, "Mes").rows().stream()
                .map(row -> row.cells().getFirst()).toList();
        List<String> pointTexts = ChartOptions.option(data, spain).get("series").get(0).get("data").valueStream()
                .map(point -> point.get("text").asString()).toList();

        assertThat(cells).containsExactly("10,2\u00a0h", "<5", "7\u00a0h").isEqualTo(pointTexts);
    }
}
