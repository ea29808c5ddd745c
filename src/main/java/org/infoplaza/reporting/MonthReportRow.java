package org.infoplaza.reporting;

/**
 * A centre-month in the secretariat's list: the centre, its state in the cycle and the station use of its
 * latest snapshot (sessions and hours count uses, not people).
 */
public record MonthReportRow(MonthReportSummary report, String centreCode, String centreName, long sessions,
        double hours) {
}
