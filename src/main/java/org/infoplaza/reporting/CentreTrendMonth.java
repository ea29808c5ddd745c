package org.infoplaza.reporting;

import java.time.YearMonth;

/** One month of a centre's own trend: sessions, station hours and members served (unsuppressed, for its staff). */
public record CentreTrendMonth(YearMonth month, long sessions, double hours, long members) {
}
