package org.infoplaza.shared.ui.chart;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the values of a chart read: whole counts, decimals, or shares, with an optional unit after the number
 * ("h", "min"), already in the reader's language. Shares are fractions: 0.85 reads as 85%.
 */
public record ValueFormat(Style style, int fractionDigits, String unit) {

    public enum Style { NUMBER, PERCENT }

    /** Whole numbers: people, visits, sessions. */
    public static final ValueFormat COUNT = new ValueFormat(Style.NUMBER, 0, null);

    public ValueFormat {
        if (style == null) {
            throw new IllegalArgumentException("style is required");
        }
        if (fractionDigits < 0 || fractionDigits > 6) {
            throw new IllegalArgumentException("fractionDigits must be between 0 and 6: " + fractionDigits);
        }
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public static ValueFormat decimal(int fractionDigits) {
        return new ValueFormat(Style.NUMBER, fractionDigits, null);
    }

    public static ValueFormat percent() {
        return new ValueFormat(Style.PERCENT, 0, null);
    }

    public ValueFormat withUnit(String unit) {
        return new ValueFormat(style, fractionDigits, unit);
    }

    /** The value as the table, the tooltips and the labels show it. */
    public String format(ChartValue value, Locale locale) {
        return switch (value) {
            case ChartValue.Suppressed suppressed -> suppressed.mark();
            case ChartValue.Amount amount -> {
                NumberFormat format = style == Style.PERCENT
                        ? NumberFormat.getPercentInstance(locale) : NumberFormat.getNumberInstance(locale);
                format.setMinimumFractionDigits(0);
                format.setMaximumFractionDigits(fractionDigits);
                String number = (amount.approximate() ? ChartValue.APPROXIMATE_PREFIX : "")
                        + format.format(amount.value());
                yield unit == null ? number : number + "\u00a0" + unit;
            }
        };
    }
}
