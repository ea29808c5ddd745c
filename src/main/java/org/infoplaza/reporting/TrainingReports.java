package org.infoplaza.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;
import org.infoplaza.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * Builds the training report of a unit from the training rollups; its tables of people (enrolled, attended,
 * completed, certificates) go through the given {@link PeoplePublisher}, like {@link StationUseReports}.
 */
@Component
class TrainingReports {

    static final String CERTIFICATES = "certificates";

    private final TrainingRollups rollups;
    private final ReportUnits units;
    private final Translations translations;

    TrainingReports(TrainingRollups rollups, ReportUnits units, Translations translations) {
        this.rollups = rollups;
        this.units = units;
        this.translations = translations;
    }

    TrainingReport training(YearMonth month, Long municipalityId, Locale locale, PeoplePublisher publisher) {
        String unit = units.name(municipalityId, locale);
        String scope = PeopleTable.unitScope(municipalityId);
        List<StationUseReport.CentreRow> rows = units.rows(municipalityId, month);
        Set<Long> ids = new LinkedHashSet<>(rows.stream().map(StationUseReport.CentreRow::id).toList());
        List<Long> centreIds = List.copyOf(ids);
        TrainingMonth figures = rollups.figuresOf(month, ids);

        List<TrainingReport.Activity> activity = new ArrayList<>();
        rows.forEach(row -> activity.add(activity(row.id(), figures.byCentre().get(row.id()))));
        activity.add(activity(null, figures.together()));

        List<String> centreLabels = rows.stream().map(StationUseReport.CentreRow::code).toList();
        List<Sex> sexes = Arrays.asList(Sex.values());
        List<AgeBand> bands = Arrays.asList(AgeBand.values());
        List<String> sexLabels = units.sexLabels(locale);
        List<String> bandLabels = units.bandLabels(locale);
        Map<TrainingMeasure, SuppressedTable> bySex = new EnumMap<>(TrainingMeasure.class);
        Map<TrainingMeasure, SuppressedTable> byBand = new EnumMap<>(TrainingMeasure.class);
        for (TrainingMeasure measure : TrainingMeasure.values()) {
            String counted = "training." + measure.name();
            bySex.put(measure, publisher.publish(PeopleTable.perCentre(counted, scope,
                    CountTable.perRow(centreLabels, sexLabels, rows,
                            row -> CountTable.inOrder(figures.byCentre().get(row.id()).bySex().get(measure), sexes)),
                    centreIds, PeopleTable.attributes("sex", sexes))));
            byBand.put(measure, publisher.publish(PeopleTable.perCentre(counted, scope,
                    CountTable.perRow(centreLabels, bandLabels, rows,
                            row -> CountTable.inOrder(figures.byCentre().get(row.id()).byAgeBand().get(measure), bands)),
                    centreIds, PeopleTable.attributes("band", bands))));
        }
        SuppressedTable certificates = publisher.publish(PeopleTable.perCentre(CERTIFICATES, scope,
                CountTable.perRow(centreLabels, List.of(translations.getTranslation("training.certificates", locale)),
                        rows, row -> new int[] {Math.toIntExact(figures.byCentre().get(row.id()).certificates())}),
                centreIds, List.of("")));
        return new TrainingReport(month, unit, rows, activity, bySex, byBand, certificates);
    }

    private static TrainingReport.Activity activity(Long centreId, TrainingFigures f) {
        long enrolled = f.people(TrainingMeasure.ENROLLED);
        return new TrainingReport.Activity(centreId, f.cohortsRun(), f.sessions(),
                TrainingReport.Published.of(f.attendancePercent(), enrolled),
                TrainingReport.Published.of(f.averageScoreChange(), f.scoreMembers()));
    }
}
