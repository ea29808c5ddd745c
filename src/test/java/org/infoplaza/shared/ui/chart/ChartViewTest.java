package org.infoplaza.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.Stream;
import org.infoplaza.shared.Translations;
import org.infoplaza.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A chart put on a page: its figure is labelled, its drawing described, and its "Ver tabla" table holds the
 * very numbers of the chart, "<5" included; new data redraws both; the script is added to the page once.
 */
@IntegrationTest
class ChartViewTest extends SpringBrowserlessTest {

    private static final List<String> MONTHS = List.of("Ene", "Feb", "Mar");

    private static ChartData visits() {
        return ChartData.of(ChartKind.STACKED_BAR, "Visitas por mes", MONTHS,
                        ChartSeries.of("Mujeres", 1200, 140, 151),
                        ChartSeries.of("Hombres", List.of(ChartValue.of(98), ChartValue.suppressed(), ChartValue.of(0))))
                .withCategoryTitle("Mes");
    }

    @Test
    void a_spanish_chart_is_a_labelled_figure_with_the_same_numbers_in_its_table() {
        Chart chart = new Chart(visits());
        UI.getCurrent().add(chart);

        Element root = chart.getElement();
        assertThat(root.getAttribute("role")).isEqualTo("figure");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(chart.caption.getId().orElseThrow());
        assertThat(chart.caption.getText()).isEqualTo("Visitas por mes");
        assertThat(chart.canvas.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.canvas.getElement().getAttribute("aria-label"))
                .isEqualTo("Gráfico de barras apiladas: Visitas por mes. Los mismos datos están en la tabla que sigue.");
        assertThat(chart.details.getSummaryText()).isEqualTo("Ver tabla");
        assertThat(chart.table.getCaptionText()).isEqualTo("Visitas por mes");
        assertThat(rows(chart)).containsExactly(
                List.of("Mes", "Mujeres", "Hombres"),
                List.of("Ene", "1,200", "98"),
                List.of("Feb", "140", "<5"),
                List.of("Mar", "151", "0"));
        assertThat(chart.note.isVisible()).isTrue();
        assertThat(chart.note.getText()).startsWith("<5: menos de 5 personas");
    }

    @Test
    void the_note_explains_each_mark_the_chart_uses() {
        Chart chart = new Chart(ChartData.of(ChartKind.BAR, "Por sexo", List.of("Mujer", "Hombre", "Otro"),
                ChartSeries.of("Personas", List.of(ChartValue.of(105), ChartValue.hidden("x"), ChartValue.suppressed()))));
        UI.getCurrent().add(chart);

        assertThat(chart.note.getText()).isEqualTo("<5: menos de 5 personas; el valor no se publica para proteger su"
                + " privacidad. x: también se oculta, para que la cifra pequeña no se pueda deducir de los totales.");
    }

    @Test
    void the_chart_is_drawn_from_json_parameters_and_the_table_matches_its_points() {
        Chart chart = new Chart(visits());
        UI.getCurrent().add(chart);

        PendingJavaScriptInvocation draw = drawings(chart).getLast();
        assertThat(draw.getInvocation().getExpression()).doesNotContain("Visitas", "Mujeres", "Ene");
        JsonNode option = (JsonNode) draw.getInvocation().getParameters().getFirst();
        List<String> womenPoints = option.get("series").get(0).get("data").valueStream()
                .map(point -> point.get("text").asString()).toList();
        List<String> menPoints = option.get("series").get(1).get("data").valueStream()
                .map(point -> point.get("text").asString()).toList();
        List<List<String>> body = rows(chart).subList(1, 4);
        assertThat(body.stream().map(row -> row.get(1)).toList()).isEqualTo(womenPoints);
        assertThat(body.stream().map(row -> row.get(2)).toList()).isEqualTo(menPoints);
        assertThat(option.get("series").get(1).get("data").get(1).get("value").asString()).isEqualTo("-");
    }

    @Test
    void new_data_redraws_the_chart_and_replaces_the_table() {
        Chart chart = new Chart(visits());
        UI.getCurrent().add(chart);
        assertThat(drawings(chart)).hasSize(1);

        chart.setData(ChartData.of(ChartKind.DONUT, "Por sexo", List.of("Mujer", "Hombre"),
                ChartSeries.of("Personas", 30, 25)));

        List<PendingJavaScriptInvocation> redrawn = drawings(chart);
        assertThat(redrawn).hasSize(1);
        JsonNode donut = (JsonNode) redrawn.getFirst().getInvocation().getParameters().getFirst();
        assertThat(donut.get("series").get(0).get("type").asString()).isEqualTo("pie");
        assertThat(rows(chart)).containsExactly(
                List.of("Categoría", "Personas"), List.of("Mujer", "30"), List.of("Hombre", "25"));
        assertThat(chart.caption.getText()).isEqualTo("Por sexo");
        assertThat(chart.note.isVisible()).isFalse();
    }

    @Test
    void in_english_the_toggle_description_and_numbers_follow_the_locale() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        Chart chart = new Chart(ChartData.of(ChartKind.LINE, "Hours of use", MONTHS,
                ChartSeries.of("Hours", List.of(ChartValue.of(1234.5), ChartValue.suppressed(), ChartValue.of(7))))
                .withFormat(ValueFormat.decimal(1).withUnit("h")));
        UI.getCurrent().add(chart);

        assertThat(chart.details.getSummaryText()).isEqualTo("View table");
        assertThat(chart.canvas.getElement().getAttribute("aria-label")).startsWith("Line chart: Hours of use.");
        assertThat(rows(chart)).containsExactly(
                List.of("Category", "Hours"),
                List.of("Ene", "1,234.5\u00a0h"),
                List.of("Feb", "<5"),
                List.of("Mar", "7\u00a0h"));
        assertThat(chart.note.getText()).startsWith("<5: fewer than 5 people");
    }

    @Test
    void two_charts_on_a_page_add_the_script_once() {
        UI.getCurrent().add(new Chart(visits()), new Chart(visits()));

        assertThat(UI.getCurrent().getInternals().getDependencyList().getPendingSendToClient())
                .filteredOn(dependency -> dependency.getUrl().endsWith("echarts.min.js"))
                .singleElement()
                .satisfies(dependency -> assertThat(dependency.getUrl()).contains("webjars/echarts/5.3.1/dist/"));
    }

    @Test
    void a_chart_without_data_shows_nothing_until_it_gets_some() {
        Chart chart = new Chart();
        UI.getCurrent().add(chart);
        assertThat(chart.getContent().isVisible()).isFalse();

        chart.setData(visits());

        assertThat(chart.getContent().isVisible()).isTrue();
        assertThat(rows(chart)).hasSize(4);
    }

    @Test
    void the_webjar_ships_the_script_at_the_path_the_chart_loads() {
        assertThat(getClass().getClassLoader().getResource("META-INF/resources/" + Chart.SCRIPT_PATH)).isNotNull();
    }

    /** Header row first, then one row per category, as the browser would read the table. */
    private static List<List<String>> rows(Chart chart) {
        return chart.table.getElement().getChildren()
                .filter(section -> section.getTag().equals("thead") || section.getTag().equals("tbody"))
                .flatMap(Element::getChildren)
                .map(row -> row.getChildren().map(Element::getText).toList())
                .toList();
    }

    /** The scripts the next response would run on the chart's drawing, as the server is about to send them. */
    private static List<PendingJavaScriptInvocation> drawings(Chart chart) {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        Stream<PendingJavaScriptInvocation> pending = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream();
        return pending.filter(invocation -> invocation.getOwner() == chart.canvas.getElement().getNode()).toList();
    }
}
