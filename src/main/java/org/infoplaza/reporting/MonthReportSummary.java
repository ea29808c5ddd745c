package org.infoplaza.reporting;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A centre's month in the cycle: its state, who submitted and accepted it and when (staff, never members),
 * and the number of its latest revision. {@code version} goes back with every change, so a stale screen is
 * refused.
 */
public record MonthReportSummary(long id, long version, long centreId, YearMonth month, MonthReportStatus status,
        Instant computedAt, String submittedBy, Instant submittedAt, String acceptedBy, Instant acceptedAt,
        int revision) {
}
