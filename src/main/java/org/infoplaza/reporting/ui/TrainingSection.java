package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.reporting.StationUseReport;
import org.infoplaza.reporting.SuppressedTable;
import org.infoplaza.reporting.SuppressionReason;
import org.infoplaza.reporting.TableCsv;
import org.infoplaza.reporting.TableXlsx;
import org.infoplaza.reporting.TrainingMeasure;
import org.infoplaza.reporting.TrainingReport;
import org.infoplaza.reporting.TrainingService;
import org.infoplaza.shared.ui.chart.Chart;
import org.infoplaza.shared.ui.chart.ChartData;
import org.infoplaza.shared.ui.chart.ChartKind;
import org.infoplaza.shared.ui.chart.ChartSeries;
import org.infoplaza.shared.ui.chart.ChartValue;

/**
 * The training part of the indicators view: cohorts and sessions per centre with average attendance and the
 * questionnaire's change, a chart of workshop completion (enrolled, attended, completed per centre), and the
 * people tables by sex and by age band, each with its short definition and its downloads. It follows the
 * view's month and municipality; every figure comes from {@link TrainingService} already suppressed.
 */
class TrainingSection extends Div {

    final Grid<TrainingReport.Activity> activity = new Grid<>();
    final Chart completionChart = new Chart();
    final Map<TrainingMeasure, PublishedTable> bySex = new EnumMap<>(TrainingMeasure.class);
    final Map<TrainingMeasure, PublishedTable> byAgeBand = new EnumMap<>(TrainingMeasure.class);
    final PublishedTable certificates;
    final Paragraph smallGroups = new Paragraph();
    final Anchor activityCsv = new Anchor();
    final Anchor activityXlsx = new Anchor();

    private final TrainingService training;
    private final Locale locale;
    private final NumberFormat oneDecimal;
    private final NumberFormat twoDecimals;
    private Map<Long, String> centreCodes = Map.of();

    TrainingSection(TrainingService training) {
        this.training = training;
        this.locale = getLocale();
        this.oneDecimal = decimals(1);
        this.twoDecimals = decimals(2);
        addClassName("training-section");
        String centreHeader = getTranslation("reporting.centre");
        String total = getTranslation("reporting.total");
        for (TrainingMeasure measure : TrainingMeasure.values()) {
            String name = ofMeasure("training.measure.", measure);
            bySex.put(measure, new PublishedTable(getTranslation("training.by-sex", name), centreHeader, total));
            byAgeBand.put(measure, new PublishedTable(getTranslation("training.by-age-band", name), centreHeader,
                    total));
        }
        certificates = new PublishedTable(getTranslation("training.certificates"), centreHeader, total);
        add(new H3(getTranslation("training.title")), completionChart, createActivity(),
                definition("training.definition.activity"));
        for (TrainingMeasure measure : TrainingMeasure.values()) {
            add(bySex.get(measure), byAgeBand.get(measure));
        }
        add(definition("training.definition.people"), certificates, definition("training.definition.certificates"));
    }

    /**
     * A section made with its service, that shows the month and municipality chosen in these boxes and
     * follows them.
     */
    static TrainingSection following(ComboBox<YearMonth> month, ComboBox<MunicipalityOption> municipality) {
        TrainingSection section = VaadinService.getCurrent().getInstantiator().getOrCreate(TrainingSection.class);
        month.addValueChangeListener(e -> section.show(month.getValue(), municipality.getValue()));
        municipality.addValueChangeListener(e -> section.show(month.getValue(), municipality.getValue()));
        section.show(month.getValue(), municipality.getValue());
        return section;
    }

    private Div createActivity() {
        activity.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        activity.setAllRowsVisible(true);
        activity.addColumn(a -> centreOf(a.centreId())).setHeader(getTranslation("reporting.centre"))
                .setKey("centre").setAutoWidth(true).setFrozen(true);
        activity.addColumn(a -> Long.toString(a.cohortsRun())).setHeader(getTranslation("training.cohorts"))
                .setKey("cohorts").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        activity.addColumn(a -> Long.toString(a.sessions())).setHeader(getTranslation("training.sessions"))
                .setKey("sessions").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        activity.addColumn(a -> shown(a.attendancePercent(), oneDecimal::format))
                .setHeader(getTranslation("training.attendance")).setKey("attendance")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        activity.addColumn(a -> shown(a.scoreChange(), twoDecimals::format))
                .setHeader(getTranslation("training.score-change")).setKey("score")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        smallGroups.setText(getTranslation("training.small-group"));
        smallGroups.addClassName("published-table-legend");
        activityCsv.addClassName("csv-download");
        activityCsv.setText(getTranslation("reporting.csv"));
        activityXlsx.addClassName("xlsx-download");
        activityXlsx.setText(getTranslation("reporting.xlsx"));
        Div downloads = new Div(activityCsv, activityXlsx);
        downloads.addClassName("table-downloads");
        return new Div(activity, smallGroups, downloads);
    }

    void show(YearMonth month, MunicipalityOption unit) {
        if (month == null) {
            return;
        }
        TrainingReport report = training.training(month, unit == null ? null : unit.id(), locale);
        centreCodes = report.centres().stream()
                .collect(Collectors.toMap(StationUseReport.CentreRow::id, StationUseReport.CentreRow::code));
        activity.setItems(report.activity());
        smallGroups.setVisible(report.activity().stream()
                .anyMatch(a -> a.attendancePercent().small() || a.scoreChange().small()));
        String suffix = "-" + month;
        for (TrainingMeasure measure : TrainingMeasure.values()) {
            bySex.get(measure).show(report.bySex().get(measure),
                    ofMeasure("training.file.by-sex.", measure) + suffix);
            byAgeBand.get(measure).show(report.byAgeBand().get(measure),
                    ofMeasure("training.file.by-age-band.", measure) + suffix);
        }
        certificates.show(report.certificates(), getTranslation("training.file.certificates") + suffix);
        List<List<String>> lines = activityLines(report);
        String stem = getTranslation("training.file.activity") + suffix;
        activityCsv.setHref(PublishedTable.file(() -> TableCsv.of(lines), stem + ".csv", PublishedTable.CSV_TYPE),
                AttachmentType.DOWNLOAD);
        String sheet = getTranslation("training.title");
        activityXlsx.setHref(PublishedTable.file(() -> TableXlsx.of(sheet, lines), stem + ".xlsx",
                PublishedTable.XLSX_TYPE), AttachmentType.DOWNLOAD);
        completionChart.setData(completion(report));
    }

    /**
     * Enrolled, attended and completed per centre: each the row totals of its table by sex, so a hidden count
     * stays a mark. The rows are the enrolled table's; a centre merged differently in another table shows
     * that table's mark "x" there.
     */
    private ChartData completion(TrainingReport report) {
        SuppressedTable enrolled = report.bySex().get(TrainingMeasure.ENROLLED);
        List<String> categories = enrolled.rowLabels();
        if (categories.isEmpty()) {
            return null;
        }
        List<ChartSeries> series = new ArrayList<>();
        for (TrainingMeasure measure : TrainingMeasure.values()) {
            SuppressedTable table = report.bySex().get(measure);
            List<ChartValue> values = new ArrayList<>();
            for (String category : categories) {
                int row = table.rowLabels().indexOf(category);
                values.add(row < 0 ? ChartValue.hidden(SuppressionReason.COMPLEMENTARY.mark())
                        : PublishedCharts.value(table.rowTotal(row)));
            }
            series.add(ChartSeries.of(ofMeasure("training.measure.", measure), values));
        }
        return ChartData.of(ChartKind.BAR, getTranslation("training.chart.completion"), categories, series)
                .withCategoryTitle(getTranslation("reporting.centre"));
    }

    /** The activity grid as file lines: numbers written plainly, a small group as its mark, nothing as blank. */
    private List<List<String>> activityLines(TrainingReport report) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(getTranslation("reporting.centre"), getTranslation("training.cohorts"),
                getTranslation("training.sessions"), getTranslation("training.attendance"),
                getTranslation("training.score-change")));
        for (TrainingReport.Activity a : report.activity()) {
            lines.add(List.of(centreOf(a.centreId()), Long.toString(a.cohortsRun()), Long.toString(a.sessions()),
                    plain(a.attendancePercent(), v -> String.format(Locale.ROOT, "%.1f", v)),
                    plain(a.scoreChange(), BigDecimal::toPlainString)));
        }
        return lines;
    }

    private <T> String shown(TrainingReport.Published<T> figure, Function<T, String> format) {
        if (figure.small()) {
            return SuppressionReason.PRIMARY.mark();
        }
        return figure.value() == null ? "—" : format.apply(figure.value());
    }

    private static <T> String plain(TrainingReport.Published<T> figure, Function<T, String> format) {
        if (figure.small()) {
            return SuppressionReason.PRIMARY.mark();
        }
        return figure.value() == null ? "" : format.apply(figure.value());
    }

    /** The text of one measure under a key prefix ("training.measure." gives "Inscritos"). */
    private String ofMeasure(String keyPrefix, TrainingMeasure measure) {
        return getTranslation(keyPrefix + measure.name());
    }

    private String centreOf(Long centreId) {
        return centreId == null ? getTranslation("reporting.total") : centreCodes.getOrDefault(centreId, "");
    }

    private Paragraph definition(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName("indicator-definition");
        return text;
    }

    private NumberFormat decimals(int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }
}
