package org.infoplaza.shared.ui.chart;

/** How a {@link ChartData} is drawn. The table alternative is the same for every kind. */
public enum ChartKind {
    /** Bars side by side, one colour per series: counts per month, per age band. */
    BAR,
    /** Bars stacked per category, one segment per series: visits per month split by sex. */
    STACKED_BAR,
    /** A line per series: trends over months. */
    LINE,
    /** A ring of slices, one per category, from exactly one series: a breakdown by sex. */
    DONUT,
    /**
     * A grid of cells coloured by value: categories across (hours), one series per row (weekdays). For
     * occupancy by weekday and hour.
     */
    HEATMAP
}
