package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.infoplaza.reporting.AccessReport;
import org.infoplaza.reporting.IndicatorService;
import org.infoplaza.reporting.OccupancyGrid;
import org.infoplaza.reporting.StationUseReport;
import org.infoplaza.reporting.SuppressedTable;
import org.infoplaza.reporting.TableCsv;
import org.infoplaza.reporting.TableXlsx;
import org.infoplaza.shared.ui.chart.Chart;
import org.infoplaza.shared.ui.chart.ChartData;
import org.infoplaza.shared.ui.chart.ChartKind;
import org.infoplaza.shared.ui.chart.ChartSeries;
import org.infoplaza.shared.ui.chart.ChartValue;
import org.infoplaza.shared.ui.chart.ValueFormat;

/**
 * The access indicators of the month in {@link IndicatorsView}: occupancy per centre and as a weekday-by-hour
 * heat map, bookings against no-shows, the walk-in queue's median wait, sessions by purpose of visit and new
 * registrations, each with its short definition and downloads. Figures come from
 * {@link IndicatorService#access} and {@link IndicatorService#occupancyGrid}, tables of people already
 * suppressed.
 */
class AccessSection extends Div {

    final Grid<AccessReport.Occupancy> occupancy = new Grid<>();
    final Anchor occupancyCsv = new Anchor();
    final Anchor occupancyXlsx = new Anchor();
    final Chart heatmap = new Chart();
    final ComboBox<StationUseReport.CentreRow> heatmapCentre = new ComboBox<>();
    final PublishedTable bookings;
    final Grid<AccessReport.Rate> noShowRates = new Grid<>();
    final Grid<AccessReport.QueueRow> queue = new Grid<>();
    final Anchor queueCsv = new Anchor();
    final Anchor queueXlsx = new Anchor();
    final PublishedTable purposes;
    final Chart purposeChart = new Chart();
    final PublishedTable registrations;

    private final IndicatorService indicators;
    private final Locale locale;
    private final NumberFormat oneDecimal;
    private final NumberFormat percent;
    private Map<Long, String> centreCodes = Map.of();
    private YearMonth month;
    private Long municipalityId;
    /** True while the centres of a new month are put in the heat map's selector, which clears its value. */
    private boolean refilling;

    AccessSection(IndicatorService indicators, Locale locale) {
        this.indicators = indicators;
        this.locale = locale;
        this.oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        addClassName("access-section");
        String centre = getTranslation("reporting.centre");
        String total = getTranslation("reporting.total");
        bookings = new PublishedTable(getTranslation("access.bookings"), centre, total);
        purposes = new PublishedTable(getTranslation("access.purposes"), centre, total);
        registrations = new PublishedTable(getTranslation("access.registrations"), getTranslation("access.sex"), total);
        configureGrids();
        add(new H2(getTranslation("access.heading")),
                new H3(getTranslation("access.occupancy")), occupancy, downloads(occupancyCsv, occupancyXlsx),
                definition("access.definition.occupancy"), heatmapCentre, heatmap,
                definition("access.definition.heatmap"),
                bookings, noShowRates, definition("access.definition.bookings"),
                new H3(getTranslation("access.queue")), queue, downloads(queueCsv, queueXlsx),
                definition("access.definition.queue"),
                purposeChart, purposes, definition("access.definition.purposes"),
                registrations, definition("access.definition.registrations"));
    }

    private void configureHeatmapCentre() {
        heatmapCentre.setLabel(getTranslation("reporting.centre"));
        heatmapCentre.setPlaceholder(getTranslation("access.heatmap.all-centres"));
        heatmapCentre.setItemLabelGenerator(c -> c.code() + " · " + c.name());
        heatmapCentre.setClearButtonVisible(true);
        heatmapCentre.addValueChangeListener(e -> {
            if (!refilling) {
                showHeatmap();
            }
        });
    }

    private void showHeatmap() {
        StationUseReport.CentreRow one = heatmapCentre.getValue();
        heatmap.setData(heatmapData(indicators.occupancyGrid(month, municipalityId, one == null ? null : one.id(),
                locale)));
    }

    private void configureGrids() {
        configureHeatmapCentre();
        String centreHeader = getTranslation("reporting.centre");
        occupancy.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        occupancy.setAllRowsVisible(true);
        occupancy.addColumn(o -> centreLabel(o.centreId())).setHeader(centreHeader).setKey("centre").setAutoWidth(true);
        occupancy.addColumn(o -> oneDecimal.format(o.usedHours())).setHeader(getTranslation("access.used-hours"))
                .setKey("used").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        occupancy.addColumn(o -> oneDecimal.format(o.offeredHours())).setHeader(getTranslation("access.offered-hours"))
                .setKey("offered").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        occupancy.addColumn(o -> rate(o.rate())).setHeader(getTranslation("access.occupancy-rate"))
                .setKey("rate").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);

        noShowRates.addThemeVariants(GridVariant.LUMO_COMPACT);
        noShowRates.setAllRowsVisible(true);
        noShowRates.addColumn(r -> r.label() == null ? getTranslation("reporting.total") : r.label())
                .setHeader(centreHeader).setKey("centre").setAutoWidth(true);
        noShowRates.addColumn(r -> rate(r.value())).setHeader(getTranslation("access.no-show-rate")).setKey("rate")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);

        queue.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        queue.setAllRowsVisible(true);
        queue.addColumn(q -> centreLabel(q.centreId())).setHeader(centreHeader).setKey("centre").setAutoWidth(true);
        queue.addColumn(q -> q.served().display()).setHeader(getTranslation("access.queue.served")).setKey("served")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        queue.addColumn(q -> q.medianMinutes() == null ? getTranslation("access.withheld")
                        : oneDecimal.format(q.medianMinutes())).setHeader(getTranslation("access.queue.median"))
                .setKey("median").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    /** Shows the month of the municipality (or the country when null). */
    void show(YearMonth month, Long municipalityId) {
        this.month = month;
        this.municipalityId = municipalityId;
        AccessReport report = indicators.access(month, municipalityId, locale);
        centreCodes = report.centres().stream()
                .collect(Collectors.toMap(StationUseReport.CentreRow::id, StationUseReport.CentreRow::code));
        String suffix = "-" + month;
        occupancy.setItems(report.occupancy());
        offer(occupancyCsv, occupancyXlsx, getTranslation("access.occupancy"), getTranslation("access.file.occupancy")
                + suffix, occupancyLines(report));
        StationUseReport.CentreRow chosen = heatmapCentre.getValue();
        refilling = true;
        heatmapCentre.setItems(report.centres());
        heatmapCentre.setValue(chosen != null && report.centres().contains(chosen) ? chosen : null);
        refilling = false;
        showHeatmap();
        bookings.show(report.bookings(), getTranslation("access.file.bookings") + suffix);
        noShowRates.setItems(report.noShowRates());
        queue.setItems(report.queue());
        offer(queueCsv, queueXlsx, getTranslation("access.queue"), getTranslation("access.file.queue") + suffix,
                queueLines(report));
        purposes.show(report.purposes(), getTranslation("access.file.purposes") + suffix);
        purposeChart.setData(totalsChart(getTranslation("access.purposes"), getTranslation("reporting.sessions"),
                report.purposes()));
        registrations.show(report.registrations(), getTranslation("access.file.registrations") + suffix);
    }

    /** The grid as a heat map: hours across, one row per weekday; closed hours read 0. */
    ChartData heatmapData(OccupancyGrid grid) {
        if (grid.hours().isEmpty()) {
            return null;
        }
        List<String> hours = grid.hours().stream().map(h -> getTranslation("access.hour", h)).toList();
        List<ChartSeries> weekdays = new ArrayList<>();
        for (int d = 0; d < grid.rates().size(); d++) {
            String name = capitalise(DayOfWeek.of(d + 1).getDisplayName(TextStyle.FULL, locale));
            weekdays.add(ChartSeries.of(name, grid.rates().get(d).stream()
                    .map(rate -> ChartValue.of(rate == null ? 0 : rate)).toList()));
        }
        return ChartData.of(ChartKind.HEATMAP, getTranslation("access.heatmap"), hours, weekdays)
                .withFormat(ValueFormat.percent());
    }

    private static ChartData totalsChart(String title, String seriesName, SuppressedTable table) {
        List<ChartValue> values = new ArrayList<>();
        for (int c = 0; c < table.columnLabels().size(); c++) {
            values.add(PublishedCharts.value(table.columnTotal(c)));
        }
        return ChartData.of(ChartKind.BAR, title, table.columnLabels(), ChartSeries.of(seriesName, values));
    }

    private List<List<String>> occupancyLines(AccessReport report) {
        return lines(List.of(getTranslation("reporting.centre"), getTranslation("access.used-hours"),
                getTranslation("access.offered-hours"), getTranslation("access.occupancy-rate")), report.occupancy(),
                o -> List.of(centreLabel(o.centreId()), plain(o.usedHours()), plain(o.offeredHours()),
                        o.rate() == null ? "" : plain(100 * o.rate())));
    }

    private List<List<String>> queueLines(AccessReport report) {
        return lines(List.of(getTranslation("reporting.centre"), getTranslation("access.queue.served"),
                getTranslation("access.queue.median")), report.queue(),
                q -> List.of(centreLabel(q.centreId()), q.served().display(),
                        q.medianMinutes() == null ? getTranslation("access.withheld") : plain(q.medianMinutes())));
    }

    private static <T> List<List<String>> lines(List<String> header, List<T> rows, Function<T, List<String>> line) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        rows.forEach(row -> lines.add(line.apply(row)));
        return lines;
    }

    private void offer(Anchor csv, Anchor xlsx, String sheet, String stem, List<List<String>> lines) {
        csv.setHref(PublishedTable.file(() -> TableCsv.of(lines), stem + ".csv", PublishedTable.CSV_TYPE),
                AttachmentType.DOWNLOAD);
        xlsx.setHref(PublishedTable.file(() -> TableXlsx.of(sheet, lines), stem + ".xlsx", PublishedTable.XLSX_TYPE),
                AttachmentType.DOWNLOAD);
    }

    private Div downloads(Anchor csv, Anchor xlsx) {
        csv.addClassName("csv-download");
        csv.setText(getTranslation("reporting.csv"));
        xlsx.addClassName("xlsx-download");
        xlsx.setText(getTranslation("reporting.xlsx"));
        Div downloads = new Div(csv, xlsx);
        downloads.addClassName("table-downloads");
        return downloads;
    }

    private Paragraph definition(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName("indicator-definition");
        return text;
    }

    private String centreLabel(Long centreId) {
        return centreId == null ? getTranslation("reporting.total") : centreCodes.getOrDefault(centreId, "");
    }

    private String rate(Double value) {
        return value == null ? getTranslation("access.withheld") : percent.format(value);
    }

    private static String plain(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
