package org.infoplaza.reporting;

import java.time.YearMonth;

/**
 * The members served in a month by the centres of a municipality or the country together (each person once,
 * with what was recorded on their first use), by self-identified ethnicity, Afro-descendance, disability and
 * corregimiento of residence: one-row tables, each through {@link Suppression}. "Not recorded" is a column of
 * its own, so each table adds up to the members served. Corregimientos: the most frequent ones by name, the
 * rest grouped in one column.
 */
public record EquityReport(YearMonth month, String unitName, SuppressedTable ethnicity, SuppressedTable afroDescendant,
        SuppressedTable disability, SuppressedTable corregimientos) {
}
