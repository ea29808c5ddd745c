package org.infoplaza.shared.ui.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Chart} shows: its kind, a title (also the table's caption and the figure's label), the
 * category labels (months, age bands, hours), one or more named series with one value per category, an
 * optional heading for the category column of the table, and how values read. All texts are already
 * translated; they are passed to the browser as data, never as code.
 */
public record ChartData(ChartKind kind, String title, String categoryTitle, List<String> categories,
                        List<ChartSeries> series, ValueFormat format) {

    public ChartData {
        Objects.requireNonNull(kind, "kind");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A chart needs a title: it labels the figure and the table");
        }
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        format = format == null ? ValueFormat.COUNT : format;
        if (series.isEmpty()) {
            throw new IllegalArgumentException("A chart needs at least one series");
        }
        for (ChartSeries one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + one.name() + "' has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        if (kind == ChartKind.DONUT && series.size() != 1) {
            throw new IllegalArgumentException("A donut chart shows exactly one series, not " + series.size());
        }
    }

    public static ChartData of(ChartKind kind, String title, List<String> categories, List<ChartSeries> series) {
        return new ChartData(kind, title, null, categories, series, ValueFormat.COUNT);
    }

    public static ChartData of(ChartKind kind, String title, List<String> categories, ChartSeries... series) {
        return of(kind, title, categories, List.of(series));
    }

    public ChartData withCategoryTitle(String categoryTitle) {
        return new ChartData(kind, title, categoryTitle, categories, series, format);
    }

    public ChartData withFormat(ValueFormat format) {
        return new ChartData(kind, title, categoryTitle, categories, series, format);
    }

    public boolean hasSuppressed() {
        return series.stream().anyMatch(ChartSeries::hasSuppressed);
    }
}
