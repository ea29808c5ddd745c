package org.infoplaza.shared.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table alternative of a chart as text: one row per category, one column per series, every value
 * formatted exactly as the chart's labels and tooltips show it ({@value ChartValue#SUPPRESSED_TEXT} for a
 * suppressed one).
 */
record ChartTable(String caption, List<String> header, List<Row> rows) {

    record Row(String label, List<String> cells) {
    }

    static ChartTable of(ChartData data, Locale locale, String defaultCategoryTitle) {
        List<String> header = new ArrayList<>();
        header.add(data.categoryTitle() == null ? defaultCategoryTitle : data.categoryTitle());
        data.series().forEach(series -> header.add(series.name()));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < data.categories().size(); i++) {
            int index = i;
            rows.add(new Row(data.categories().get(i), data.series().stream()
                    .map(series -> data.format().format(series.values().get(index), locale)).toList()));
        }
        return new ChartTable(data.title(), List.copyOf(header), List.copyOf(rows));
    }
}
