package org.infoplaza.shared.ui.chart;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the ECharts option of a chart as a JSON tree on the server. Labels and names only ever appear as
 * JSON string values, sent to the browser as a parameter of a fixed script: nothing a user typed becomes
 * code. Each data point carries its formatted text ({@code text}), so tooltips and labels show the very
 * strings of the table; a suppressed point has the value {@code "-"}, which ECharts leaves empty (a gap,
 * never a zero).
 */
final class ChartOptions {

    /** Okabe and Ito's palette, told apart with every common colour-vision deficiency; yellow comes last. */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#000000", "#F0E442");
    /** One hue from light to dark for heat maps, readable without telling colours apart. */
    static final List<String> SEQUENTIAL = List.of("#EFF3FF", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C");
    /** ECharts' mark for "no value here". */
    static final String EMPTY = "-";
    /** Up to this many bars, every category's label is shown. */
    static final int FEW_CATEGORIES = 8;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ChartOptions() {
    }

    /** The option object handed to {@code chart.setOption}; formatter functions are added in the browser. */
    static ObjectNode option(ChartData data, Locale locale) {
        ObjectNode option = JSON.objectNode();
        option.set("color", strings(PALETTE));
        option.put("animationDuration", 400);
        switch (data.kind()) {
            case BAR, STACKED_BAR, LINE -> cartesian(option, data, locale);
            case DONUT -> donut(option, data, locale);
            case HEATMAP -> heatmap(option, data, locale);
        }
        return option;
    }

    /**
     * What the browser needs to finish the option: the kind (which formatters to add), the locale and the
     * number style for axis labels.
     */
    static ObjectNode settings(ChartData data, Locale locale) {
        ObjectNode settings = JSON.objectNode();
        settings.put("kind", data.kind().name());
        settings.put("locale", locale.toLanguageTag());
        ObjectNode number = settings.putObject("number");
        number.put("style", data.format().style() == ValueFormat.Style.PERCENT ? "percent" : "decimal");
        number.put("maximumFractionDigits", data.format().fractionDigits());
        if (data.format().unit() != null) {
            settings.put("unit", data.format().unit());
        }
        return settings;
    }

    private static void cartesian(ObjectNode option, ChartData data, Locale locale) {
        option.putObject("tooltip").put("trigger", "axis");
        legend(option, data.series().size() > 1);
        ObjectNode grid = grid(option, data.series().size() > 1);
        ObjectNode xAxis = option.putObject("xAxis");
        xAxis.put("type", "category");
        xAxis.set("data", strings(data.categories()));
        if (data.kind() == ChartKind.BAR && data.categories().size() <= FEW_CATEGORIES) {
            // A few named groups (age bands, sexes): every label shown, wrapped, since a hidden one leaves a bar
            // nobody can name. Long runs (months, hours) thin out their labels instead.
            xAxis.putObject("axisLabel").put("interval", 0).put("width", 80).put("overflow", "break");
            // Room for a second line: the grid's label containment measures one.
            grid.put("bottom", 24);
        } else {
            xAxis.putObject("axisLabel").put("hideOverlap", true);
        }
        ObjectNode yAxis = option.putObject("yAxis");
        yAxis.put("type", "value");
        yAxis.putObject("axisLabel");
        if (data.format().fractionDigits() == 0 && data.format().style() == ValueFormat.Style.NUMBER) {
            // Counts are whole: no axis ticks at 0.2, 0.4 … when every value is small.
            yAxis.put("minInterval", 1);
        }
        ArrayNode series = option.putArray("series");
        int[] markedBelow = new int[data.categories().size()];
        for (int index = 0; index < data.series().size(); index++) {
            ChartSeries one = data.series().get(index);
            ObjectNode entry = series.addObject();
            entry.put("type", data.kind() == ChartKind.LINE ? "line" : "bar");
            entry.put("name", one.name());
            if (data.kind() == ChartKind.STACKED_BAR) {
                entry.put("stack", "total");
            }
            if (data.kind() == ChartKind.LINE) {
                entry.put("connectNulls", false);
                entry.put("symbolSize", 7);
            }
            entry.putObject("emphasis").put("focus", "series");
            ArrayNode points = entry.putArray("data");
            for (ChartValue value : one.values()) {
                ObjectNode point = points.addObject();
                putValue(point, value);
                point.put("text", data.format().format(value, locale));
            }
            if (data.kind() != ChartKind.LINE && one.hasSuppressed()) {
                entry.set("markPoint", suppressedMarks(data, index, markedBelow));
            }
        }
    }

    /**
     * A missing bar looks like a zero, so each suppressed value of a bar series gets a small label "<5" in the
     * series' colour: on the axis for side-by-side bars, on top of the category's stack for stacked ones (one
     * above the other when several are suppressed). Its position comes from the values shown, never from
     * the suppressed one, which has none.
     */
    private static ObjectNode suppressedMarks(ChartData data, int seriesIndex, int[] markedBelow) {
        ObjectNode marks = JSON.objectNode();
        marks.put("symbol", "roundRect");
        marks.set("symbolSize", JSON.arrayNode().add(30).add(18));
        marks.putObject("itemStyle").put("color", "#FFFFFF")
                .put("borderColor", PALETTE.get(seriesIndex % PALETTE.size())).put("borderWidth", 1.5);
        marks.putObject("label").put("formatter", ChartValue.SUPPRESSED_TEXT).put("color", "#333333");
        marks.putObject("tooltip").put("show", false);
        ArrayNode points = marks.putArray("data");
        List<ChartValue> values = data.series().get(seriesIndex).values();
        for (int category = 0; category < values.size(); category++) {
            if (values.get(category) instanceof ChartValue.Suppressed suppressed) {
                double base = data.kind() == ChartKind.STACKED_BAR ? stackTop(data, category) : 0;
                ObjectNode point = points.addObject();
                point.putObject("label").put("formatter", suppressed.mark());
                point.set("coord", JSON.arrayNode().add(category).add(base));
                point.set("symbolOffset", JSON.arrayNode().add(0).add(-11 - 20 * markedBelow[category]));
                if (data.kind() == ChartKind.STACKED_BAR) {
                    markedBelow[category]++;
                }
            }
        }
        return marks;
    }

    private static double stackTop(ChartData data, int category) {
        return data.series().stream().map(series -> series.values().get(category))
                .mapToDouble(value -> value instanceof ChartValue.Amount amount ? amount.value() : 0).sum();
    }

    private static void donut(ObjectNode option, ChartData data, Locale locale) {
        option.putObject("tooltip").put("trigger", "item");
        legend(option, true);
        ChartSeries only = data.series().getFirst();
        ObjectNode entry = option.putArray("series").addObject();
        entry.put("type", "pie");
        entry.put("name", only.name());
        entry.set("radius", strings(List.of("40%", "68%")));
        entry.set("center", strings(List.of("50%", "55%")));
        entry.putObject("label").put("show", true);
        entry.putObject("itemStyle").put("borderColor", "#FFFFFF").put("borderWidth", 2);
        // Without this, a ring with nothing to draw would be drawn full.
        entry.put("stillShowZeroSum", false);
        ArrayNode slices = entry.putArray("data");
        for (int i = 0; i < data.categories().size(); i++) {
            ChartValue value = only.values().get(i);
            if (value instanceof ChartValue.Amount amount && amount.value() > 0) {
                // A suppressed slice is left out of the ring (the note under the chart and the table say so),
                // and so is a zero, which has no share to draw and only a dangling label.
                slices.addObject().put("name", data.categories().get(i)).put("value", amount.value())
                        .put("text", data.format().format(value, locale));
            }
        }
    }

    /** Categories across, one row per series, coloured by value; suppressed cells are grey and read "<5". */
    private static void heatmap(ObjectNode option, ChartData data, Locale locale) {
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode grid = option.putObject("grid");
        grid.put("left", 8).put("right", 16).put("top", 8).put("bottom", 56).put("containLabel", true);
        ObjectNode xAxis = option.putObject("xAxis");
        xAxis.put("type", "category");
        xAxis.set("data", strings(data.categories()));
        xAxis.putObject("splitArea").put("show", true);
        ObjectNode yAxis = option.putObject("yAxis");
        yAxis.put("type", "category");
        yAxis.put("inverse", true);
        yAxis.set("data", strings(data.series().stream().map(ChartSeries::name).toList()));
        yAxis.putObject("splitArea").put("show", true);

        ArrayNode cells = JSON.arrayNode();
        ArrayNode suppressedCells = JSON.arrayNode();
        double max = 0;
        for (int row = 0; row < data.series().size(); row++) {
            List<ChartValue> values = data.series().get(row).values();
            for (int column = 0; column < values.size(); column++) {
                ChartValue value = values.get(column);
                if (value instanceof ChartValue.Amount amount) {
                    max = Math.max(max, amount.value());
                    ObjectNode cell = cells.addObject();
                    cell.set("value", JSON.arrayNode().add(column).add(row).add(amount.value()));
                    cell.put("text", data.format().format(value, locale));
                } else {
                    ObjectNode cell = suppressedCells.addObject();
                    cell.set("value", JSON.arrayNode().add(column).add(row));
                    cell.put("text", data.format().format(value, locale));
                }
            }
        }
        ObjectNode visualMap = option.putObject("visualMap");
        visualMap.put("type", "continuous");
        visualMap.put("seriesIndex", 0);
        visualMap.put("min", 0);
        visualMap.put("max", max > 0 ? max : 1);
        visualMap.put("calculable", false);
        // The scale's ends as the table writes them: high on the right, low on the left.
        visualMap.set("text", strings(List.of(data.format().format(ChartValue.of(max > 0 ? max : 1), locale),
                data.format().format(ChartValue.of(0), locale))));
        visualMap.put("orient", "horizontal");
        visualMap.put("left", "center");
        visualMap.put("bottom", 0);
        visualMap.putObject("inRange").set("color", strings(SEQUENTIAL));

        ArrayNode series = option.putArray("series");
        ObjectNode main = series.addObject();
        main.put("type", "heatmap");
        main.set("data", cells);
        main.putObject("itemStyle").put("borderColor", "#FFFFFF").put("borderWidth", 1);
        main.putObject("emphasis").putObject("itemStyle").put("borderColor", "#333333").put("borderWidth", 1);
        // Suppressed cells are no numbers at all: a custom series draws them as grey cells reading "<5" (its
        // renderItem function is added in the browser).
        ObjectNode withheld = series.addObject();
        withheld.put("type", "custom");
        withheld.put("name", ChartValue.SUPPRESSED_TEXT);
        withheld.putObject("encode").put("x", 0).put("y", 1);
        withheld.set("data", suppressedCells);
    }

    private static void putValue(ObjectNode point, ChartValue value) {
        switch (value) {
            case ChartValue.Amount amount -> point.put("value", amount.value());
            case ChartValue.Suppressed suppressed -> point.put("value", EMPTY);
        }
    }

    private static void legend(ObjectNode option, boolean show) {
        ObjectNode legend = option.putObject("legend");
        legend.put("show", show);
        legend.put("type", "scroll");
        legend.put("top", 0);
    }

    private static ObjectNode grid(ObjectNode option, boolean legend) {
        ObjectNode grid = option.putObject("grid");
        grid.put("left", 8).put("right", 16).put("top", legend ? 40 : 16).put("bottom", 8).put("containLabel", true);
        return grid;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
