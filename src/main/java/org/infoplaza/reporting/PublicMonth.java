package org.infoplaza.reporting;

import java.time.YearMonth;

/**
 * What the public transparency page shows of a month, for the country or one municipality: the total of
 * sessions and station hours (visits, not people) and the members served across the centres by sex and by
 * age band, already suppressed. Nothing per centre and nothing that could identify anyone.
 */
public record PublicMonth(YearMonth month, String unitName, int centres, long sessions, double hours,
        SuppressedTable membersBySex, SuppressedTable membersByAgeBand) {
}
