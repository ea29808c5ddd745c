package org.infoplaza.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartOptionsTest {

    private static final List<String> MONTHS = List.of("Ene", "Feb", "Mar");

    @Test
    void each_series_becomes_an_echarts_series_with_its_values() {
        ChartData data = ChartData.of(ChartKind.BAR, "Visitas", MONTHS,
                ChartSeries.of("Mujeres", 10, 20, 30), ChartSeries.of("Hombres", 5, 6, 7));

        JsonNode option = ChartOptions.option(data, Locale.ENGLISH);

        assertThat(option.get("xAxis").get("data").valueStream().map(JsonNode::asString)).containsExactly("Ene", "Feb", "Mar");
        assertThat(option.get("series")).hasSize(2);
        assertThat(option.get("series").get(0).get("type").asString()).isEqualTo("bar");
        assertThat(option.get("series").get(0).get("name").asString()).isEqualTo("Mujeres");
        assertThat(values(option.get("series").get(1))).containsExactly("5.0", "6.0", "7.0");
        assertThat(option.get("series").get(0).has("stack")).isFalse();
        assertThat(option.get("legend").get("show").asBoolean()).isTrue();
    }

    @Test
    void stacked_bars_share_one_stack_and_lines_leave_gaps() {
        ChartSeries a = ChartSeries.of("A", 1, 2, 3);
        ChartSeries b = ChartSeries.of("B", 4, 5, 6);

        JsonNode stacked = ChartOptions.option(ChartData.of(ChartKind.STACKED_BAR, "T", MONTHS, a, b), Locale.ENGLISH);
        JsonNode line = ChartOptions.option(ChartData.of(ChartKind.LINE, "T", MONTHS, a), Locale.ENGLISH);

        assertThat(stacked.get("series").valueStream().map(s -> s.get("stack").asString())).containsOnly("total");
        assertThat(line.get("series").get(0).get("type").asString()).isEqualTo("line");
        assertThat(line.get("series").get(0).get("connectNulls").asBoolean()).isFalse();
        assertThat(line.get("legend").get("show").asBoolean()).isFalse();
    }

    @Test
    void a_few_bars_name_every_category_and_a_long_run_thins_its_labels_out() {
        List<String> bands = List.of("0 a 11 años", "12 a 14 años", "15 a 17 años", "18 a 24 años", "25 a 59 años",
                "60 años o más");
        JsonNode bars = ChartOptions.option(ChartData.of(ChartKind.BAR, "Por edad", bands,
                ChartSeries.of("Miembros", 39, 22, 45, 31, 45, 10)), Locale.ENGLISH);
        List<String> months = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> "M" + m).toList();
        JsonNode trend = ChartOptions.option(ChartData.of(ChartKind.BAR, "Por mes", months,
                ChartSeries.of("Sesiones", new double[12])), Locale.ENGLISH);

        assertThat(bars.get("xAxis").get("axisLabel").get("interval").asInt()).as("no band's label skipped").isZero();
        assertThat(bars.get("xAxis").get("axisLabel").get("overflow").asString()).isEqualTo("break");
        assertThat(trend.get("xAxis").get("axisLabel").get("hideOverlap").asBoolean()).isTrue();
        assertThat(trend.get("xAxis").get("axisLabel").has("interval")).isFalse();
    }

    @Test
    void a_suppressed_value_is_an_empty_point_never_a_zero() {
        ChartData data = ChartData.of(ChartKind.BAR, "Visitas", MONTHS,
                ChartSeries.of("Mujeres", List.of(ChartValue.of(12), ChartValue.suppressed(), ChartValue.of(0))));

        JsonNode points = ChartOptions.option(data, Locale.ENGLISH).get("series").get(0).get("data");

        assertThat(points.get(1).get("value").isString()).isTrue();
        assertThat(points.get(1).get("value").asString()).isEqualTo("-");
        assertThat(points.get(1).get("text").asString()).isEqualTo("<5");
        assertThat(points.get(2).get("value").asDouble()).isZero();
        assertThat(points.get(2).get("text").asString()).isEqualTo("0");
    }

    @Test
    void a_suppressed_bar_is_labelled_where_it_would_stand_so_it_cannot_pass_for_a_zero() {
        ChartData data = ChartData.of(ChartKind.STACKED_BAR, "Visitas", MONTHS,
                ChartSeries.of("Mujeres", 10, 20, 30),
                ChartSeries.of("Hombres", List.of(ChartValue.of(5), ChartValue.suppressed(), ChartValue.of(7))),
                ChartSeries.of("Otro", List.of(ChartValue.of(1), ChartValue.suppressed(), ChartValue.of(2))));

        JsonNode series = ChartOptions.option(data, Locale.ENGLISH).get("series");

        assertThat(series.get(0).has("markPoint")).isFalse();
        JsonNode men = series.get(1).get("markPoint");
        assertThat(men.get("label").get("formatter").asString()).isEqualTo("<5");
        assertThat(men.get("data")).hasSize(1);
        assertThat(men.get("data").get(0).get("coord").toString()).isEqualTo("[1,20.0]");
        assertThat(men.get("data").get(0).has("value")).isFalse();
        JsonNode other = series.get(2).get("markPoint").get("data").get(0);
        assertThat(other.get("coord").toString()).isEqualTo("[1,20.0]");
        assertThat(other.get("symbolOffset").get(1).asInt()).isLessThan(men.get("data").get(0).get("symbolOffset").get(1).asInt());
    }

    @Test
    void a_donut_leaves_suppressed_slices_out() {
        ChartData data = ChartData.of(ChartKind.DONUT, "Por sexo", List.of("Mujer", "Hombre", "Otro"),
                ChartSeries.of("Personas", List.of(ChartValue.of(40), ChartValue.of(35), ChartValue.suppressed())));

        JsonNode series = ChartOptions.option(data, Locale.ENGLISH).get("series").get(0);

        assertThat(series.get("type").asString()).isEqualTo("pie");
        assertThat(series.get("data").valueStream().map(slice -> slice.get("name").asString()))
                .containsExactly("Mujer", "Hombre");
    }

    @Test
    void a_heatmap_puts_categories_across_series_down_and_suppressed_cells_apart_without_a_number() {
        ChartData data = ChartData.of(ChartKind.HEATMAP, "Ocupación", List.of("08", "09"),
                ChartSeries.of("Lunes", 3, 8),
                ChartSeries.of("Martes", List.of(ChartValue.suppressed(), ChartValue.of(12))));

        JsonNode option = ChartOptions.option(data, Locale.ENGLISH);

        assertThat(option.get("yAxis").get("data").valueStream().map(JsonNode::asString)).containsExactly("Lunes", "Martes");
        JsonNode cells = option.get("series").get(0).get("data");
        assertThat(cells.valueStream().map(cell -> cell.get("value").toString()))
                .containsExactly("[0,0,3.0]", "[1,0,8.0]", "[1,1,12.0]");
        assertThat(option.get("visualMap").get("max").asDouble()).isEqualTo(12.0);
        assertThat(option.get("visualMap").get("seriesIndex").asInt()).isZero();
        assertThat(option.get("visualMap").get("text").valueStream().map(JsonNode::asString)).containsExactly("12", "0");
        JsonNode withheld = option.get("series").get(1);
        assertThat(withheld.get("type").asString()).isEqualTo("custom");
        assertThat(withheld.get("data")).hasSize(1);
        assertThat(withheld.get("data").get(0).get("value").toString()).isEqualTo("[0,1]");
        assertThat(withheld.get("data").get(0).get("text").asString()).isEqualTo("<5");
    }

    @Test
    void labels_travel_as_json_strings_and_come_back_unchanged() {
        String hostile = "</script><img src=x onerror=alert(1)> \"quoted\" 'single' \\ {a|b} ${x}";
        ChartData data = ChartData.of(ChartKind.BAR, hostile, List.of(hostile, "Feb"), ChartSeries.of(hostile, 1, 2));

        String json = ChartOptions.option(data, Locale.ENGLISH).toString();
        JsonNode parsed = JsonMapper.builder().build().readTree(json);

        assertThat(json).doesNotContain("\"quoted\"").contains("\\\"quoted\\\"");
        assertThat(parsed.get("xAxis").get("data").get(0).asString()).isEqualTo(hostile);
        assertThat(parsed.get("series").get(0).get("name").asString()).isEqualTo(hostile);
    }

    @Test
    void the_palette_is_colour_blind_safe_and_the_settings_carry_locale_and_number_style() {
        ChartData data = ChartData.of(ChartKind.LINE, "Finalización", MONTHS, ChartSeries.of("A", 0.5, 0.75, 0.9))
                .withFormat(ValueFormat.percent());

        JsonNode option = ChartOptions.option(data, Locale.forLanguageTag("es-PA"));
        JsonNode settings = ChartOptions.settings(data, Locale.forLanguageTag("es-PA"));

        assertThat(option.get("color").valueStream().map(JsonNode::asString)).startsWith("#0072B2", "#E69F00", "#009E73");
        assertThat(settings.get("kind").asString()).isEqualTo("LINE");
        assertThat(settings.get("locale").asString()).isEqualTo("es-PA");
        assertThat(settings.get("number").get("style").asString()).isEqualTo("percent");
        assertThat(settings.has("unit")).isFalse();
    }

    private static List<String> values(JsonNode series) {
        return series.get("data").valueStream().map(point -> point.get("value").asString()).toList();
    }

    @Test
    void counts_tick_in_whole_numbers_and_an_all_zero_ring_is_not_drawn_full() {
        JsonNode counts = ChartOptions.option(ChartData.of(ChartKind.BAR, "T", MONTHS,
                ChartSeries.of("Miembros", 0, 0, 0)), Locale.ENGLISH);
        JsonNode shares = ChartOptions.option(ChartData.of(ChartKind.DONUT, "T", MONTHS,
                ChartSeries.of("Miembros", List.of(ChartValue.of(0), ChartValue.hidden("x"), ChartValue.suppressed()))),
                Locale.ENGLISH);

        assertThat(counts.get("yAxis").get("minInterval").asInt()).isOne();
        assertThat(shares.get("series").get(0).get("stillShowZeroSum").asBoolean()).isFalse();
        assertThat(shares.get("series").get(0).get("data")).as("neither the zero nor the hidden ones").isEmpty();
    }
}
