package org.infoplaza.shared.ui.chart;

/**
 * One number of a chart, or the mark that it was withheld. A suppressed value carries no number at all, so
 * it can never be drawn as zero or leak through a tooltip: charts leave a gap or a labelled cell and the
 * table shows {@value #SUPPRESSED_TEXT}.
 */
public sealed interface ChartValue {

    /** What a suppressed value reads as, in every language. */
    String SUPPRESSED_TEXT = "<5";

    static ChartValue of(double value) {
        return new Amount(value);
    }

    static ChartValue suppressed() {
        return Suppressed.INSTANCE;
    }

    /** A number shown as it is. */
    record Amount(double value) implements ChartValue {
        public Amount {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("A chart value must be a finite number: " + value);
            }
        }
    }

    /** Withheld because it counts too few people to publish. */
    final class Suppressed implements ChartValue {
        private static final Suppressed INSTANCE = new Suppressed();

        private Suppressed() {
        }

        @Override
        public String toString() {
            return SUPPRESSED_TEXT;
        }
    }
}
