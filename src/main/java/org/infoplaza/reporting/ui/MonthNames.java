package org.infoplaza.reporting.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Months as the reporting pages offer and name them: the latest first, "Noviembre 2026" / "November 2026". */
final class MonthNames {

    private MonthNames() {
    }

    /** The month's name and year, capitalised (Spanish month names are lower case in running text). */
    static String of(YearMonth month, Locale locale) {
        String text = DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** {@code count} months ending with {@code newest}, newest first: what a month picker lists. */
    static List<YearMonth> back(YearMonth newest, int count) {
        List<YearMonth> months = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            months.add(newest.minusMonths(i));
        }
        return months;
    }
}
