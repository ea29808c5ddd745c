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
        return new Amount(value, false);
    }

    /**
     * A number published rounded (to protect a small count near it): drawn at its rounded value, and read, in
     * tooltips, labels and the table, as {@value #APPROXIMATE_PREFIX}{@code 105}, never as if it were exact.
     */
    static ChartValue approximately(double value) {
        return new Amount(value, true);
    }

    /** What precedes a rounded value where it is read. */
    String APPROXIMATE_PREFIX = "\u2248";

    static ChartValue suppressed() {
        return Suppressed.SMALL;
    }

    /**
     * Withheld with another mark than {@value #SUPPRESSED_TEXT}, e.g. "x" for a count of five or more hidden
     * so that a smaller one cannot be worked out; drawn like a suppressed value, labelled with its mark.
     */
    static ChartValue hidden(String mark) {
        return SUPPRESSED_TEXT.equals(mark) ? Suppressed.SMALL : new Suppressed(mark);
    }

    /** A number shown as it is, or, when {@code approximate}, a rounded one. */
    record Amount(double value, boolean approximate) implements ChartValue {
        public Amount {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("A chart value must be a finite number: " + value);
            }
        }
    }

    /** Withheld because it counts too few people to publish (or would reveal one that does); no number. */
    final class Suppressed implements ChartValue {
        private static final Suppressed SMALL = new Suppressed(SUPPRESSED_TEXT);

        private final String mark;

        private Suppressed(String mark) {
            if (mark == null || mark.isBlank() || mark.length() > 3) {
                throw new IllegalArgumentException("A hidden value's mark is one to three characters");
            }
            this.mark = mark;
        }

        /** What the value reads as: {@value ChartValue#SUPPRESSED_TEXT}, or another short mark. */
        public String mark() {
            return mark;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Suppressed suppressed && suppressed.mark.equals(mark);
        }

        @Override
        public int hashCode() {
            return mark.hashCode();
        }

        @Override
        public String toString() {
            return mark;
        }
    }
}
