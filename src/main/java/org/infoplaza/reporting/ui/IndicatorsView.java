package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.reporting.IndicatorService;
import org.infoplaza.reporting.StationUseReport;
import org.infoplaza.reporting.TableCsv;
import org.infoplaza.reporting.TableXlsx;
import org.infoplaza.security.Role;
import org.infoplaza.shared.ui.chart.Chart;
import org.infoplaza.shared.ui.chart.ChartData;
import org.infoplaza.shared.ui.chart.ChartKind;
import org.infoplaza.shared.ui.chart.ChartSeries;

/**
 * The secretariat's indicators for a month, for the whole country or one municipality: station use per
 * centre, and the members served by sex and by age band, each with a short definition. Every table comes
 * from {@link IndicatorService} already suppressed; this view only lays it out.
 */
@StyleSheet("styles/reporting.css")
@Route("indicators")
@Menu(order = 35, title = "reporting.nav.indicators", icon = "vaadin:chart")
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME})
class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    static final int MONTHS_BACK = 24;

    final ComboBox<YearMonth> month = new ComboBox<>();
    final ComboBox<MunicipalityOption> municipality = new ComboBox<>();
    final H2 heading = new H2();
    final Grid<StationUseReport.Activity> activity = new Grid<>();
    final PublishedTable bySex;
    final PublishedTable byAgeBand;
    final PublishedTable togetherBySex;
    final PublishedTable togetherByAgeBand;
    final PublishedTable togetherBySexAndAgeBand;
    final Chart sessionsChart = new Chart();
    final Chart sexChart = new Chart();
    final Chart ageChart = new Chart();
    final Chart trendChart = new Chart();
    final Paragraph emptyState = new Paragraph();
    final Div monthCharts = new Div();
    final TrainingSection training = TrainingSection.following(month, municipality);

    final AccessSection accessSection;
    final EquitySection equitySection;

    final Anchor activityCsv = new Anchor();
    final Anchor activityXlsx = new Anchor();
    final ReportPdfButton pdfReport;

    private final IndicatorService indicators;
    private final Locale locale;
    private final NumberFormat whole;
    private final NumberFormat oneDecimal;
    private Map<Long, String> centreCodes = Map.of();

    IndicatorsView(IndicatorService indicators, CentreService centres, Clock clock, ReportPdfButton pdfReport) {
        this.indicators = indicators;
        this.pdfReport = pdfReport;
        pdfReport.follow(month::getValue, municipality::getValue);
        this.locale = getLocale();
        this.whole = NumberFormat.getIntegerInstance(locale);
        this.oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMaximumFractionDigits(1);
        oneDecimal.setMinimumFractionDigits(1);
        addClassName("indicators-view");
        String centreHeader = getTranslation("reporting.centre");
        String total = getTranslation("reporting.total");
        bySex = new PublishedTable(getTranslation("reporting.members.by-sex"), centreHeader, total);
        byAgeBand = new PublishedTable(getTranslation("reporting.members.by-age-band"), centreHeader, total);
        togetherBySex = new PublishedTable(getTranslation("reporting.members.together.by-sex"), "", total);
        togetherByAgeBand = new PublishedTable(getTranslation("reporting.members.together.by-age-band"), "", total);
        togetherBySexAndAgeBand = new PublishedTable(getTranslation("reporting.members.together.by-sex-and-age-band"),
                getTranslation("reporting.sex"), total);
        add(createFilters(centres, clock), heading, createCharts(), createActivity(),
                definition("reporting.definition.sessions"),
                togetherBySex, togetherByAgeBand, togetherBySexAndAgeBand, definition("reporting.definition.members-together"),
                bySex, byAgeBand, definition("reporting.definition.members-per-centre"));
        accessSection = new AccessSection(indicators, locale);
        equitySection = new EquitySection(indicators, locale);
        add(accessSection, equitySection, training);
        refresh();
    }

    /** This month, when the view was opened: a month not before it is still in progress. */
    private YearMonth current;

    private Component createFilters(CentreService centres, Clock clock) {
        current = YearMonth.now(clock);
        // The last finished month: the month in progress would make every trend look like a collapse.
        ReportFilters.months(month, current, MONTHS_BACK, current.minusMonths(1), locale, this::refresh);
        ReportFilters.municipalities(municipality, centres.municipalities(), this::refresh);
        HorizontalLayout filters = new HorizontalLayout(month, municipality, pdfReport);
        filters.setWrap(true);
        filters.setAlignItems(Alignment.END);
        return filters;
    }

    private Component createCharts() {
        monthCharts.add(sessionsChart, sexChart, ageChart);
        monthCharts.addClassName("indicator-charts");
        trendChart.addClassName("indicator-trend");
        emptyState.addClassName("indicator-empty");
        Div charts = new Div(emptyState, trendChart, monthCharts);
        // As wide as the page: the charts' grid sizes its columns from this width, not from its own content.
        charts.setWidthFull();
        return charts;
    }

    private Component createActivity() {
        activity.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        activity.setAllRowsVisible(true);
        activity.addColumn(a -> a.centreId() == null ? getTranslation("reporting.total")
                : centreCodes.getOrDefault(a.centreId(), "")).setHeader(getTranslation("reporting.centre"))
                .setKey("centre").setAutoWidth(true).setFrozen(true);
        activity.addColumn(a -> whole.format(a.sessions())).setHeader(getTranslation("reporting.sessions"))
                .setKey("sessions").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        activity.addColumn(a -> whole.format(a.guestSessions())).setHeader(getTranslation("reporting.guest-sessions"))
                .setKey("guests").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        activity.addColumn(a -> oneDecimal.format(a.hours())).setHeader(getTranslation("reporting.hours"))
                .setKey("hours").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        activity.addColumn(a -> a.averageSessionMinutes() == null ? "—" : oneDecimal.format(a.averageSessionMinutes()))
                .setHeader(getTranslation("reporting.average-minutes")).setKey("average")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        activityCsv.addClassName("csv-download");
        activityCsv.setText(getTranslation("reporting.csv"));
        activityXlsx.addClassName("xlsx-download");
        activityXlsx.setText(getTranslation("reporting.xlsx"));
        Div downloads = new Div(activityCsv, activityXlsx);
        downloads.addClassName("table-downloads");
        return new Div(new H3(getTranslation("reporting.station-use")), activity, downloads);
    }

    private Paragraph definition(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName("indicator-definition");
        return text;
    }

    void refresh() {
        YearMonth chosen = month.getValue();
        MunicipalityOption unit = municipality.getValue();
        StationUseReport report = indicators.stationUse(chosen, unit == null ? null : unit.id(), locale);
        centreCodes = report.centres().stream()
                .collect(Collectors.toMap(StationUseReport.CentreRow::id, StationUseReport.CentreRow::code));
        heading.setText(getTranslation(chosen.isBefore(current) ? "reporting.heading" : "reporting.heading.partial",
                report.unitName(), MonthNames.of(chosen, locale)));
        activity.setItems(report.activity());
        String suffix = "-" + chosen;
        bySex.show(report.membersBySex(), getTranslation("reporting.file.members-by-sex") + suffix);
        byAgeBand.show(report.membersByAgeBand(), getTranslation("reporting.file.members-by-age-band") + suffix);
        togetherBySex.show(report.togetherBySex(), getTranslation("reporting.file.together-by-sex") + suffix);
        togetherByAgeBand.show(report.togetherByAgeBand(),
                getTranslation("reporting.file.together-by-age-band") + suffix);
        togetherBySexAndAgeBand.show(report.togetherBySexAndAgeBand(),
                getTranslation("reporting.file.together-by-sex-and-age-band") + suffix);
        List<List<String>> lines = activityLines(report);
        String stem = getTranslation("reporting.file.station-use") + suffix;
        activityCsv.setHref(PublishedTable.file(() -> TableCsv.of(lines), stem + ".csv", PublishedTable.CSV_TYPE),
                AttachmentType.DOWNLOAD);
        String sheet = getTranslation("reporting.station-use");
        activityXlsx.setHref(PublishedTable.file(() -> TableXlsx.of(sheet, lines),
                stem + ".xlsx", PublishedTable.XLSX_TYPE), AttachmentType.DOWNLOAD);
        boolean quiet = report.activity().getLast().sessions() == 0;
        emptyState.setText(getTranslation("reporting.empty", MonthNames.of(chosen, locale)));
        emptyState.setVisible(quiet);
        monthCharts.setVisible(!quiet);
        List<StationUseReport.Activity> perCentre = report.activity().stream().filter(a -> a.centreId() != null).toList();
        sessionsChart.setData(perCentre.isEmpty() ? null : ChartData.of(ChartKind.BAR, getTranslation("reporting.chart.sessions"),
                perCentre.stream().map(a -> centreCodeOf(a.centreId())).toList(),
                ChartSeries.of(getTranslation("reporting.sessions"),
                        perCentre.stream().mapToDouble(StationUseReport.Activity::sessions).toArray()))
                .withCategoryTitle(getTranslation("reporting.centre")));
        sexChart.setData(PublishedCharts.breakdown(ChartKind.DONUT,
                getTranslation("reporting.members.together.by-sex"), getTranslation("reporting.members"),
                report.togetherBySex()));
        ageChart.setData(PublishedCharts.breakdown(ChartKind.BAR,
                getTranslation("reporting.members.together.by-age-band"), getTranslation("reporting.members"),
                report.togetherByAgeBand()));
        accessSection.show(chosen, unit == null ? null : unit.id());
        equitySection.show(chosen, unit == null ? null : unit.id());
        List<IndicatorService.MonthTrend> trend = indicators.trend(chosen, unit == null ? null : unit.id());
        DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM yy", locale);
        trendChart.setData(ChartData.of(ChartKind.LINE, getTranslation("reporting.chart.trend"),
                trend.stream().map(t -> shortMonth.format(t.month())).toList(),
                ChartSeries.of(getTranslation("reporting.sessions"),
                        trend.stream().mapToDouble(IndicatorService.MonthTrend::sessions).toArray()),
                ChartSeries.of(getTranslation("reporting.members"), trend.stream().map(t -> PublishedCharts.value(t.members())).toList()))
                .withCategoryTitle(getTranslation("reporting.month")));
    }

    /** The activity grid as file lines: numbers written plainly (1234, 12.5), for spreadsheets in any language. */
    private List<List<String>> activityLines(StationUseReport report) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(getTranslation("reporting.centre"), getTranslation("reporting.sessions"),
                getTranslation("reporting.guest-sessions"), getTranslation("reporting.hours"),
                getTranslation("reporting.average-minutes")));
        for (StationUseReport.Activity a : report.activity()) {
            lines.add(List.of(a.centreId() == null ? getTranslation("reporting.total") : centreCodeOf(a.centreId()),
                    Long.toString(a.sessions()), Long.toString(a.guestSessions()), plain(a.hours()),
                    a.averageSessionMinutes() == null ? "" : plain(a.averageSessionMinutes())));
        }
        return lines;
    }

    private static String plain(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    String centreCodeOf(long centreId) {
        return centreCodes.getOrDefault(centreId, "");
    }


    @Override
    public String getPageTitle() {
        return getTranslation("reporting.nav.indicators");
    }
}
