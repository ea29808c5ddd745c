package org.infoplaza.reporting;

import java.util.Arrays;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;

/**
 * One centre's month as a {@link StationUseReport} of one row. Its members by sex and by age band are the
 * centre's row of its municipality's published per-centre tables, hidden cells and all, so the centre's report
 * publishes nothing the municipality's does not. A centre missing from those tables (inactive, or merged
 * into the row of centres with fewer than five members) is suppressed on its own; with fewer than five
 * members every count it has is hidden as "&lt;5" either way.
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
        SuppressedTable bySex = rowOf(municipality.membersBySex(), centre.code(),
                CountTable.inOrder(own.membersBySex(), Arrays.asList(Sex.values())));
        SuppressedTable byBand = rowOf(municipality.membersByAgeBand(), centre.code(),
                CountTable.inOrder(own.membersByAgeBand(), Arrays.asList(AgeBand.values())));
        return new StationUseReport(municipality.month(), unitName, List.of(row), activity, bySex, byBand, bySex,
                byBand, null);
    }

    /** The published row labelled {@code code} as a table of its own, or the counts suppressed alone. */
    static SuppressedTable rowOf(SuppressedTable table, String code, int[] counts) {
        int r = table.rowLabels().indexOf(code);
        if (r < 0) {
            return Suppression.apply(CountTable.breakdown(code, table.columnLabels(), counts));
        }
        List<PublishedCell> cells = table.cells().get(r);
        return new SuppressedTable(List.of(code), table.columnLabels(), List.of(cells), List.of(table.rowTotal(r)),
                cells, table.rowTotal(r), table.withheld());
    }
}
