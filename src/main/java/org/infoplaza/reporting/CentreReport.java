package org.infoplaza.reporting;

import java.util.List;
import org.infoplaza.centre.CentreDetails;

/**
 * One centre's month as a {@link StationUseReport} of one row. Its members by sex and by age band are the
 * centre's row of its municipality's published per-centre tables, hidden cells and all, so the centre's report
 * publishes nothing the municipality's does not. A centre missing from those tables publishes no count of
 * people.
 */
final class CentreReport {

    private CentreReport() {
    }

    static StationUseReport of(StationUseReport municipality, CentreDetails centre, StationUseMonth figures,
            String unitName) {
        StationUseFigures own = figures.together();
        StationUseReport.CentreRow row = new StationUseReport.CentreRow(centre.id(), centre.code(), centre.name());
        List<StationUseReport.Activity> activity = List.of(
                new StationUseReport.Activity(centre.id(), own.sessions(), own.guestSessions(), own.hours(),
                        own.averageSessionMinutes()),
                new StationUseReport.Activity(null, own.sessions(), own.guestSessions(), own.hours(),
                        own.averageSessionMinutes()));
        SuppressedTable bySex = rowOf(municipality.membersBySex(), centre.code());
        SuppressedTable byBand = rowOf(municipality.membersByAgeBand(), centre.code());
        return new StationUseReport(municipality.month(), unitName, List.of(row), activity, bySex, byBand, bySex,
                byBand, null);
    }

    /**
     * The published row labelled {@code code} as a table of its own; a centre the table does not have (not
     * active when the month's release was made) publishes nothing, since nothing audited its figures.
     */
    static SuppressedTable rowOf(SuppressedTable table, String code) {
        int r = table.rowLabels().indexOf(code);
        if (r < 0) {
            PublishedCell withheld = new PublishedCell.Hidden(SuppressionReason.WITHHELD);
            List<PublishedCell> cells = java.util.Collections.nCopies(table.columnLabels().size(), withheld);
            return new SuppressedTable(List.of(code), table.columnLabels(), List.of(cells), List.of(withheld), cells,
                    withheld, true);
        }
        List<PublishedCell> cells = table.cells().get(r);
        return new SuppressedTable(List.of(code), table.columnLabels(), List.of(cells), List.of(table.rowTotal(r)),
                cells, table.rowTotal(r), table.withheld());
    }
}
