package org.infoplaza.reporting;

import java.time.YearMonth;

/** The secretariat's list of centre-months: one month, optionally one municipality and one state. */
public record MonthReportFilter(YearMonth month, Long municipalityId, MonthReportStatus status) {
}
