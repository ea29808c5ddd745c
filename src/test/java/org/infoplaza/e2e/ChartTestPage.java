package org.infoplaza.e2e;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.infoplaza.shared.ui.chart.Chart;
import org.infoplaza.shared.ui.chart.ChartData;
import org.infoplaza.shared.ui.chart.ChartKind;
import org.infoplaza.shared.ui.chart.ChartSeries;
import org.infoplaza.shared.ui.chart.ChartValue;
import org.infoplaza.shared.ui.chart.ValueFormat;

/**
 * A page with one chart of each kind, for {@link ChartRenderingE2ETest} only. It carries no {@code @Route}:
 * the test registers it for its own run and removes it afterwards, so the application's route list (and
 * {@code AuthorizationMatrixTest}) never sees it.
 */
@AnonymousAllowed
class ChartTestPage extends Div {

    static final String ROUTE = "test-chart";

    private static final List<String> MONTHS = List.of("Ene", "Feb", "Mar", "Abr", "May", "Jun");
    private static final List<String> DAYS = List.of("Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado");
    private static final List<String> HOURS = List.of("08", "09", "10", "11", "12", "13", "14", "15", "16", "17");

    ChartTestPage() {
        addClassName("chart-test-page");
        getStyle().set("padding", "1rem").set("display", "grid").set("gap", "1.5rem");
        Div wrapper = new Div();
        wrapper.addClassName("chart-wrapper");
        wrapper.add(new Chart(ChartData.of(ChartKind.STACKED_BAR, "Visitas por mes", MONTHS,
                        ChartSeries.of("Mujeres", 120, 134, 151, 149, 160, 171),
                        ChartSeries.of("Hombres", List.of(ChartValue.of(98), ChartValue.suppressed(), ChartValue.of(105),
                                ChartValue.of(111), ChartValue.of(97), ChartValue.of(120))))
                .withCategoryTitle("Mes")));
        NativeButton remove = new NativeButton("Quitar", click -> wrapper.removeAll());
        remove.addClassName("remove-chart");
        add(wrapper, remove);
        add(new Chart(ChartData.of(ChartKind.LINE, "Horas de uso", MONTHS,
                ChartSeries.of("Horas", 310.5, 298, 342.25, 360, 355.5, 401))
                .withFormat(ValueFormat.decimal(1).withUnit("h"))));
        add(new Chart(ChartData.of(ChartKind.DONUT, "Personas por sexo", List.of("Mujer", "Hombre", "Otro"),
                ChartSeries.of("Personas", List.of(ChartValue.of(412), ChartValue.of(377), ChartValue.suppressed())))));
        add(new Chart(ChartData.of(ChartKind.HEATMAP, "Ocupación por día y hora", HOURS,
                DAYS.stream().map(day -> ChartSeries.of(day, HOURS.stream()
                        .map(hour -> day.equals("Sábado") && hour.equals("16") ? ChartValue.suppressed()
                                : ChartValue.of((day.length() * 7 + Integer.parseInt(hour) * 3) % 23))
                        .toList())).toList())
                .withCategoryTitle("Hora")));
    }
}
