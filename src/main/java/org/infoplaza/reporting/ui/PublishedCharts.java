package org.infoplaza.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import org.infoplaza.reporting.PublishedCell;
import org.infoplaza.reporting.SuppressedTable;
import org.infoplaza.shared.ui.chart.ChartData;
import org.infoplaza.shared.ui.chart.ChartKind;
import org.infoplaza.shared.ui.chart.ChartSeries;
import org.infoplaza.shared.ui.chart.ChartValue;

/**
 * Published figures as chart data: a hidden cell keeps its mark ("<5", "x") and never becomes a number; a rounded
 * one is drawn at its rounded value and read as "≈105".
 */
final class PublishedCharts {

    private PublishedCharts() {
    }

    static ChartValue value(PublishedCell cell) {
        return switch (cell) {
            case PublishedCell.Shown shown -> shown.rounded() ? ChartValue.approximately(shown.value())
                    : ChartValue.of(shown.value());
            case PublishedCell.Hidden hidden -> ChartValue.hidden(hidden.reason().mark());
        };
    }

    /**
     * A one-row published table (a breakdown) as a chart of one series. A donut with a hidden cell is drawn as
     * bars instead: a ring can only leave the hidden share out, so one published slice would fill it and read as
     * everyone, while bars keep each hidden category in its place, marked.
     */
    static ChartData breakdown(ChartKind kind, String title, String seriesName, SuppressedTable table) {
        List<ChartValue> values = new ArrayList<>();
        for (int c = 0; c < table.columnLabels().size(); c++) {
            values.add(value(table.cell(0, c)));
        }
        ChartSeries series = ChartSeries.of(seriesName, values);
        ChartKind drawn = kind == ChartKind.DONUT && series.hasSuppressed() ? ChartKind.BAR : kind;
        return ChartData.of(drawn, title, table.columnLabels(), series);
    }
}
