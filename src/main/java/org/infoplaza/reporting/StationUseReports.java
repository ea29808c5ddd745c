package org.infoplaza.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;
import org.springframework.stereotype.Component;

/**
 * Builds the station-use report of a unit (a municipality's centres, or the country's) from the rollups. Its
 * tables of people go through the given {@link PeoplePublisher}, so the same builder both gathers a month's
 * release and renders it.
 */
@Component
class StationUseReports {

    /** What is counted in the station-use tables of people: the members served, each once. */
    static final String SERVED = "served";

    private final StationUseRollups rollups;
    private final ReportUnits units;

    StationUseReports(StationUseRollups rollups, ReportUnits units) {
        this.rollups = rollups;
        this.units = units;
    }

    StationUseReport report(YearMonth month, Long municipalityId, Locale locale, PeoplePublisher publisher) {
        String unit = units.name(municipalityId, locale);
        String scope = PeopleTable.unitScope(municipalityId);
        List<StationUseReport.CentreRow> rows = units.rows(municipalityId, month);
        Set<Long> ids = new LinkedHashSet<>(rows.stream().map(StationUseReport.CentreRow::id).toList());
        StationUseMonth figures = rollups.figuresOf(month, ids);

        List<StationUseReport.Activity> activity = new ArrayList<>();
        for (StationUseReport.CentreRow row : rows) {
            activity.add(activity(row.id(), figures.byCentre().get(row.id())));
        }
        activity.add(activity(null, figures.together()));

        List<String> centreLabels = rows.stream().map(StationUseReport.CentreRow::code).toList();
        List<Long> centreIds = List.copyOf(ids);
        List<Sex> sexes = Arrays.asList(Sex.values());
        List<AgeBand> bands = Arrays.asList(AgeBand.values());
        List<String> sexLabels = units.sexLabels(locale);
        List<String> bandLabels = units.bandLabels(locale);
        List<String> sexParts = PeopleTable.attributes("sex", sexes);
        List<String> bandParts = PeopleTable.attributes("band", bands);
        SuppressedTable bySex = publisher.publish(PeopleTable.perCentre(SERVED, scope,
                CountTable.perRow(centreLabels, sexLabels, rows,
                        row -> CountTable.inOrder(figures.byCentre().get(row.id()).membersBySex(), sexes)),
                centreIds, sexParts));
        SuppressedTable byBand = publisher.publish(PeopleTable.perCentre(SERVED, scope,
                CountTable.perRow(centreLabels, bandLabels, rows,
                        row -> CountTable.inOrder(figures.byCentre().get(row.id()).membersByAgeBand(), bands)),
                centreIds, bandParts));
        SuppressedTable togetherBySex = publisher.publish(PeopleTable.breakdown(SERVED, scope,
                CountTable.breakdown(unit, sexLabels, CountTable.inOrder(figures.together().membersBySex(), sexes)),
                sexParts));
        SuppressedTable togetherByBand = publisher.publish(PeopleTable.breakdown(SERVED, scope,
                CountTable.breakdown(unit, bandLabels,
                        CountTable.inOrder(figures.together().membersByAgeBand(), bands)),
                bandParts));
        int[][] cross = new int[sexes.size()][bands.size()];
        figures.together().membersBySexAndAgeBand().forEach((sex, byAgeBand) -> byAgeBand.forEach(
                (band, n) -> cross[sexes.indexOf(sex)][bands.indexOf(band)] += Math.toIntExact(n)));
        SuppressedTable bySexAndBand = publisher.publish(PeopleTable.crossTable(SERVED, scope,
                CountTable.of(sexLabels, bandLabels, cross), sexParts, bandParts));
        return new StationUseReport(month, unit, rows, activity, bySex, byBand, togetherBySex, togetherByBand,
                bySexAndBand);
    }

    /** The key of a unit's members served in a month, each person once: the trend's figure. */
    static String servedKey(Long municipalityId) {
        return SERVED + "|" + PeopleTable.unitScope(municipalityId);
    }

    /** The key of a centre's members served in a month. */
    static String servedAtCentreKey(long centreId) {
        return SERVED + "|" + PeopleTable.centreScope(centreId);
    }

    private static StationUseReport.Activity activity(Long centreId, StationUseFigures f) {
        return new StationUseReport.Activity(centreId, f.sessions(), f.guestSessions(), f.hours(),
                f.averageSessionMinutes());
    }
}
