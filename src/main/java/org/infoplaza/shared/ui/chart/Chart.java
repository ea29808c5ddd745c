package org.infoplaza.shared.ui.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A chart drawn in the browser by ECharts, with its data as a plain table beside it. The ECharts script
 * comes from its webjar as a static file ({@link #SCRIPT}), added once per page however many charts it has;
 * there is no npm build. The option is built on the server ({@link ChartOptions}) and handed to a fixed
 * script as a JSON parameter. The chart is drawn when the component is attached and again whenever
 * {@link #setData} is called, follows its container's size, and is disposed in the browser when its element
 * leaves the page.
 *
 * <p>For people who cannot see or read the chart, the figure is labelled by its visible title, the drawing
 * carries a description, and a "Ver tabla" / "View table" disclosure holds the same numbers as an HTML table
 * ("&lt;5" where a value was suppressed).
 *
 * <pre>{@code
 * Chart chart = new Chart(ChartData.of(ChartKind.LINE, title, months, ChartSeries.of(women, 120, 134, 151))
 *         .withCategoryTitle(month));
 * }</pre>
 */
@StyleSheet("styles/chart.css")
public class Chart extends Composite<Div> implements HasSize {

    public static final String ECHARTS_VERSION = "5.3.1";
    /** Where the webjar's script is served: Spring Boot maps {@code /webjars/**} to the webjars on the class path. */
    public static final String SCRIPT_PATH = "webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";
    public static final String SCRIPT = "context://" + SCRIPT_PATH;

    /**
     * Draws (or redraws) the chart in {@code this}, the canvas element. $0 is the option, $1 the settings of
     * {@link ChartOptions#settings}. Functions that JSON cannot carry (formatters, the suppressed cells of a
     * heat map) are added here; every text they show comes from the data as a string, escaped where
     * ECharts renders HTML (tooltips).
     */
    private static final String RENDER = """
            const el = this, option = $0, settings = $1, echarts = window.echarts;
            const number = new Intl.NumberFormat(settings.locale, settings.number);
            const share = new Intl.NumberFormat(settings.locale, {style: 'percent', maximumFractionDigits: 0});
            const unit = settings.unit ? '\\u00a0' + settings.unit : '';
            const axisText = v => number.format(v) + unit;
            const esc = s => String(s).replace(/[&<>"']/g, c => '&#' + c.charCodeAt(0) + ';');
            option.animation = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
            option.textStyle = {fontFamily: getComputedStyle(el).fontFamily, fontSize: 13};
            if (settings.kind === 'DONUT') {
              option.series[0].label.formatter = p => p.name + ': ' + p.data.text;
              option.tooltip.formatter = p => p.marker + esc(p.name) + ': <b>' + esc(p.data.text) + '</b> ('
                  + share.format(p.percent / 100) + ')';
            } else if (settings.kind === 'HEATMAP') {
              const columns = option.xAxis.data, rows = option.yAxis.data, withheld = option.series[1].data;
              option.tooltip.formatter = p => esc(rows[p.data.value[1]]) + ', ' + esc(columns[p.data.value[0]])
                  + ': <b>' + esc(p.data.text) + '</b>';
              option.series[1].renderItem = (params, api) => {
                const centre = api.coord([api.value(0), api.value(1)]);
                const size = api.size([1, 1]);
                return {type: 'rect',
                  shape: {x: centre[0] - size[0] / 2, y: centre[1] - size[1] / 2, width: size[0], height: size[1]},
                  style: {fill: '#D9D9D9', stroke: '#FFFFFF', lineWidth: 1},
                  textContent: {style: {text: withheld[params.dataIndex].text, fill: '#333333'}},
                  textConfig: {position: 'inside'}};
              };
            } else {
              option.yAxis.axisLabel.formatter = axisText;
              option.tooltip.formatter = params => esc(params[0].name) + '<br>' + params
                  .map(p => p.marker + esc(p.seriesName) + ': <b>' + esc(p.data.text) + '</b>').join('<br>');
            }
            const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'svg'});
            el.removeAttribute('data-rendered');
            chart.off('finished');
            chart.on('finished', () => el.setAttribute('data-rendered', ''));
            chart.setOption(option, true);
            if (!el.$chartObserver) {
              const observer = new ResizeObserver(() => {
                const current = echarts.getInstanceByDom(el);
                if (!el.isConnected) {
                  observer.disconnect();
                  delete el.$chartObserver;
                  el.removeAttribute('data-rendered');
                  if (current) current.dispose();
                } else if (current) {
                  current.resize();
                }
              });
              observer.observe(el);
              el.$chartObserver = observer;
            }
            """;

    private static final AtomicLong IDS = new AtomicLong();

    final Span caption = new Span();
    final Div canvas = new Div();
    final Paragraph note = new Paragraph();
    final NativeDetails details = new NativeDetails();
    /** Built anew for each data: the current table alternative. */
    NativeTable table = new NativeTable();

    private ChartData data;

    public Chart() {
        Div root = getContent();
        root.addClassName("chart");
        root.getElement().setAttribute("role", "figure");
        String captionId = "chart-caption-" + IDS.incrementAndGet();
        caption.setId(captionId);
        caption.addClassName("chart-title");
        root.getElement().setAttribute("aria-labelledby", captionId);
        canvas.addClassName("chart-canvas");
        canvas.getElement().setAttribute("role", "img");
        note.addClassName("chart-note");
        details.addClassName("chart-details");
        root.add(caption, canvas, note, details);
        root.setVisible(false);
    }

    public Chart(ChartData data) {
        this();
        setData(data);
    }

    /** Shows other data (or nothing, for {@code null}); an attached chart is redrawn at once. */
    public void setData(ChartData data) {
        this.data = data;
        if (isAttached()) {
            render();
        }
    }

    public ChartData getData() {
        return data;
    }

    /** The height of the drawing (any CSS length); the width follows the container. Default 20rem. */
    public void setChartHeight(String height) {
        canvas.setHeight(height);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // The page keeps a list of its scripts: the second chart on a page adds nothing.
        event.getUI().getPage().addJavaScript(SCRIPT);
        render();
    }

    private void render() {
        getContent().setVisible(data != null);
        if (data == null) {
            return;
        }
        Locale locale = getLocale();
        caption.setText(data.title());
        canvas.getElement().setAttribute("aria-label", getTranslation("chart.description",
                kindName(data.kind()), data.title()));
        note.setText(suppressionNote(data));
        note.setVisible(data.hasSuppressed());
        details.setSummaryText(getTranslation("chart.table.show"));
        table = table(ChartTable.of(data, locale, getTranslation("chart.table.category")));
        details.setContent(table);
        canvas.getElement().executeJs(RENDER, ChartOptions.option(data, locale), ChartOptions.settings(data, locale));
    }

    /** What each mark in the chart means: "<5" a small count, any other mark ("x") one hidden to protect it. */
    private String suppressionNote(ChartData data) {
        // "<" sorts before letters, so the small counts' sentence comes first.
        Set<String> marks = new TreeSet<>();
        data.series().forEach(series -> series.values().stream()
                .filter(ChartValue.Suppressed.class::isInstance)
                .forEach(value -> marks.add(((ChartValue.Suppressed) value).mark())));
        return marks.stream().map(mark -> mark.equals(ChartValue.SUPPRESSED_TEXT)
                        ? getTranslation("chart.suppressed-note", mark) : getTranslation("chart.hidden-note", mark))
                .collect(Collectors.joining(" "));
    }

    private String kindName(ChartKind kind) {
        return switch (kind) {
            case BAR -> getTranslation("chart.kind.bar");
            case STACKED_BAR -> getTranslation("chart.kind.stacked-bar");
            case LINE -> getTranslation("chart.kind.line");
            case DONUT -> getTranslation("chart.kind.donut");
            case HEATMAP -> getTranslation("chart.kind.heatmap");
        };
    }

    private static NativeTable table(ChartTable content) {
        NativeTable table = new NativeTable();
        table.addClassName("chart-table");
        table.setCaptionText(content.caption());
        NativeTableRow head = new NativeTableRow();
        for (String heading : content.header()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(heading);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.getHead().add(head);
        for (ChartTable.Row row : content.rows()) {
            NativeTableRow line = new NativeTableRow();
            NativeTableHeaderCell label = new NativeTableHeaderCell(row.label());
            label.getElement().setAttribute("scope", "row");
            line.add(label);
            for (String value : row.cells()) {
                NativeTableCell cell = new NativeTableCell(value);
                cell.addClassName("chart-number");
                line.add(cell);
            }
            table.getBody().add(line);
        }
        return table;
    }
}
