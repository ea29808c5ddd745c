package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.layout.CentreContext;
import org.infoplaza.reporting.CentreMonth;
import org.infoplaza.reporting.CentreTrendMonth;
import org.infoplaza.reporting.MonthCycleService;
import org.infoplaza.reporting.StationUseFigures;
import org.infoplaza.security.Role;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.shared.ui.chart.Chart;
import org.infoplaza.shared.ui.chart.ChartData;
import org.infoplaza.shared.ui.chart.ChartKind;
import org.infoplaza.shared.ui.chart.ChartSeries;

/**
 * The centre's own month, for its operators and administrators: station use, members served by sex and by
 * age band (counts only, never names; unsuppressed, since they stay inside the centre), the trend of the
 * last twelve months, the month's state in the cycle with its revisions and reopenings, and the button that
 * submits it to the secretariat after a confirmation.
 */
@StyleSheet("styles/reporting.css")
@Route("mi-centro/mes")
@Menu(order = 36, title = "monthcycle.nav.centre", icon = "vaadin:calendar-briefcase")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
class CentreMonthView extends VerticalLayout implements HasDynamicTitle {

    static final int MONTHS_BACK = 24;

    final ComboBox<YearMonth> month = new ComboBox<>();
    final H2 heading = new H2();
    final Span status = new Span();
    final Paragraph noCentre = new Paragraph();
    final Paragraph changedNotice = new Paragraph();
    final Grid<Line> activity = new Grid<>();
    final Grid<Line> bySex = new Grid<>();
    final Grid<Line> byAgeBand = new Grid<>();
    final Chart trendChart = new Chart();
    final Button submit = new Button();
    final RevisionHistory history;
    final Div content = new Div();

    private final MonthCycleService cycle;
    private final CentreContext centreContext;
    private final Locale locale;
    private final NumberFormat whole;
    private final NumberFormat oneDecimal;
    private CentreMonth shown;

    CentreMonthView(MonthCycleService cycle, CentreContext centreContext, Clock clock) {
        this.cycle = cycle;
        this.centreContext = centreContext;
        this.locale = getLocale();
        this.whole = NumberFormat.getIntegerInstance(locale);
        this.oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        this.history = new RevisionHistory(locale);
        addClassName("centre-month-view");
        content.add(heading, createState(), trendChart, createFigures(), history);
        // As wide as the view, not as its widest table: the tables scroll inside themselves on a phone.
        content.setWidthFull();
        add(createFilters(clock), noCentre, content);
        refresh();
    }

    private Component createFilters(Clock clock) {
        YearMonth current = YearMonth.now(clock);
        ReportFilters.months(month, current, MONTHS_BACK, current.minusMonths(1), locale, this::refresh);
        return month;
    }

    private Component createState() {
        status.addClassName("month-status");
        changedNotice.addClassName("month-changed");
        changedNotice.setText(getTranslation("monthcycle.changed-since-snapshot"));
        submit.setText(getTranslation("monthcycle.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmSubmit());
        HorizontalLayout state = new HorizontalLayout(status, submit);
        state.setWrap(true);
        state.setAlignItems(Alignment.BASELINE);
        return new Div(state, changedNotice);
    }

    private Component createFigures() {
        configure(activity, "monthcycle.figure");
        configure(bySex, "monthcycle.sex");
        configure(byAgeBand, "monthcycle.age-band");
        Div figures = new Div(section("reporting.station-use", activity),
                section("monthcycle.members.by-sex", bySex), section("monthcycle.members.by-age-band", byAgeBand));
        figures.addClassName("month-figures");
        return figures;
    }

    private void configure(Grid<Line> grid, String labelHeader) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(Line::label).setHeader(getTranslation(labelHeader)).setKey("label").setAutoWidth(true);
        grid.addColumn(Line::value).setHeader(getTranslation("monthcycle.value")).setKey("value")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private static Component section(String title, Component body) {
        return new Div(new H3(body.getTranslation(title)), body);
    }

    void refresh() {
        CentreOption centre = centreContext.current().orElse(null);
        noCentre.setText(getTranslation("monthcycle.no-centre"));
        noCentre.setVisible(centre == null);
        content.setVisible(centre != null);
        if (centre == null) {
            return;
        }
        YearMonth chosen = month.getValue();
        shown = cycle.centreMonth(centre.id(), chosen);
        heading.setText(getTranslation("reporting.heading", centre.label(), monthName(chosen)));
        status.setText(shown.report() == null ? getTranslation("monthcycle.status.NONE")
                : getTranslation("monthcycle.status." + shown.report().status().name()));
        status.getElement().setAttribute("theme", "badge" + (shown.report() == null ? " contrast" : ""));
        submit.setEnabled(shown.submittable());
        changedNotice.setVisible(shown.changedSinceSnapshot());
        StationUseFigures f = shown.figures();
        activity.setItems(List.of(
                new Line(getTranslation("reporting.sessions"), whole.format(f.sessions())),
                new Line(getTranslation("reporting.guest-sessions"), whole.format(f.guestSessions())),
                new Line(getTranslation("reporting.hours"), oneDecimal.format(f.hours())),
                new Line(getTranslation("reporting.average-minutes"),
                        f.averageSessionMinutes() == null ? "—" : oneDecimal.format(f.averageSessionMinutes())),
                new Line(getTranslation("reporting.members"), whole.format(f.uniqueMembers()))));
        bySex.setItems(lines(f.membersBySex(), s -> getTranslation("member.sex." + s.name())));
        byAgeBand.setItems(lines(f.membersByAgeBand(), b -> getTranslation("member.filter.age-band." + b.name())));
        List<CentreTrendMonth> trend = cycle.centreTrend(centre.id(), chosen);
        DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM yy", locale);
        trendChart.setData(ChartData.of(ChartKind.LINE, getTranslation("monthcycle.chart.trend"),
                trend.stream().map(t -> shortMonth.format(t.month())).toList(),
                ChartSeries.of(getTranslation("reporting.sessions"),
                        trend.stream().mapToDouble(CentreTrendMonth::sessions).toArray()),
                ChartSeries.of(getTranslation("reporting.members"),
                        trend.stream().mapToDouble(CentreTrendMonth::members).toArray()))
                .withCategoryTitle(getTranslation("reporting.month")));
        history.show(shown.revisions(), shown.reopenings());
    }

    private <K extends Enum<K>> List<Line> lines(Map<K, Long> counts, Function<K, String> label) {
        return counts.entrySet().stream().map(e -> new Line(label.apply(e.getKey()), whole.format(e.getValue()))).toList();
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("monthcycle.submit.confirm.header"));
        dialog.setText(getTranslation("monthcycle.submit.confirm.text", monthName(shown.month())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("monthcycle.submit"));
        dialog.addConfirmListener(e -> Actions.attempt(
                () -> cycle.submit(shown.centreId(), shown.month(),
                        shown.report() == null ? 0 : shown.report().version()),
                summary -> {
                    Notifications.success(getTranslation("monthcycle.submitted", monthName(summary.month())));
                    refresh();
                }));
        dialog.open();
    }

    private String monthName(YearMonth m) {
        return MonthNames.of(m, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monthcycle.nav.centre");
    }

    /** A label and its formatted figure. */
    record Line(String label, String value) {
    }
}
