package org.infoplaza.reporting;

import java.time.YearMonth;
import java.util.List;

/**
 * A centre's month as its own staff see it: the figures as the rollups hold them now (unsuppressed: they do
 * not leave the centre, and they name nobody), the month's place in the cycle ({@code report} is null until
 * the month is computed or submitted), its revisions and reopenings, and whether the figures changed since
 * the last snapshot (a late correction not yet recorded as a revision).
 */
public record CentreMonth(long centreId, YearMonth month, boolean over, StationUseFigures figures,
        MonthReportSummary report, List<MonthRevision> revisions, List<MonthReopening> reopenings,
        boolean changedSinceSnapshot) {

    public CentreMonth {
        revisions = List.copyOf(revisions);
        reopenings = List.copyOf(reopenings);
    }

    /** Whether the centre may submit the month now. */
    public boolean submittable() {
        return over && (report == null || report.status().submittable());
    }
}
