package org.infoplaza.shared.ui.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A named row of values, one per category of the chart, in the categories' order. */
public record ChartSeries(String name, List<ChartValue> values) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    public static ChartSeries of(String name, double... values) {
        return new ChartSeries(name, Arrays.stream(values).mapToObj(ChartValue::of).toList());
    }

    public static ChartSeries of(String name, List<ChartValue> values) {
        return new ChartSeries(name, values);
    }

    public boolean hasSuppressed() {
        return values.stream().anyMatch(ChartValue.Suppressed.class::isInstance);
    }
}
