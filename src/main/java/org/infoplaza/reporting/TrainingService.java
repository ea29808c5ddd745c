package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.time.YearMonth;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;
import org.infoplaza.shared.Translations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training indicators as they leave a centre: for the secretariat and administrators, a month of one
 * municipality's centres or of the whole country, read from the training rollups ({@link TrainingRollups})
 * and suppressed before they are returned. Counts of people (enrolled, attended, completed, certificates)
 * leave only as {@link PublishedCell}s; an average attendance or a questionnaire change of fewer than five
 * people is withheld, since with the sessions published it would give the group's size or answers back.
 */
@Service
@Transactional(readOnly = true)
public class TrainingService {

    private final TrainingRollups rollups;
    private final ReportUnits units;
    private final Translations translations;

    TrainingService(TrainingRollups rollups, Translations translations, ReportUnits units) {
        this.rollups = rollups;
        this.translations = translations;
        this.units = units;
    }

    /**
     * Training in a month at the active centres of one municipality, or of the whole country when
     * {@code municipalityId} is null. Labels (sexes, age bands, headers) are in the given language.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public TrainingReport training(YearMonth month, Long municipalityId, Locale locale) {
        String unit = units.name(municipalityId, locale);
        List<StationUseReport.CentreRow> rows = units.rows(municipalityId);
        Set<Long> ids = new LinkedHashSet<>(rows.stream().map(StationUseReport.CentreRow::id).toList());
        TrainingMonth figures = rollups.figuresOf(month, ids);

        List<TrainingReport.Activity> activity = new ArrayList<>();
        rows.forEach(row -> activity.add(activity(row.id(), figures.byCentre().get(row.id()))));
        activity.add(activity(null, figures.together()));

        List<String> centreLabels = rows.stream().map(StationUseReport.CentreRow::code).toList();
        List<Sex> sexes = Arrays.asList(Sex.values());
        List<AgeBand> bands = Arrays.asList(AgeBand.values());
        List<String> sexLabels = sexes.stream()
                .map(s -> translations.getTranslation("member.sex." + s.name(), locale)).toList();
        List<String> bandLabels = bands.stream()
                .map(b -> translations.getTranslation("member.filter.age-band." + b.name(), locale)).toList();
        IntFunction<String> others = n -> translations.getTranslation("reporting.other-centres", locale, n);
        Map<TrainingMeasure, SuppressedTable> bySex = new EnumMap<>(TrainingMeasure.class);
        Map<TrainingMeasure, SuppressedTable> byBand = new EnumMap<>(TrainingMeasure.class);
        for (TrainingMeasure measure : TrainingMeasure.values()) {
            bySex.put(measure, SmallRows.publish(CountTable.perRow(centreLabels, sexLabels, rows,
                    row -> CountTable.inOrder(figures.byCentre().get(row.id()).bySex().get(measure), sexes)), others));
            byBand.put(measure, SmallRows.publish(CountTable.perRow(centreLabels, bandLabels, rows,
                    row -> CountTable.inOrder(figures.byCentre().get(row.id()).byAgeBand().get(measure), bands)),
                    others));
        }
        SuppressedTable certificates = SmallRows.publish(CountTable.perRow(centreLabels,
                List.of(translations.getTranslation("training.certificates", locale)), rows,
                row -> new int[] {Math.toIntExact(figures.byCentre().get(row.id()).certificates())}), others);
        return new TrainingReport(month, unit, rows, activity, bySex, byBand, certificates);
    }

    private static TrainingReport.Activity activity(Long centreId, TrainingFigures f) {
        long enrolled = f.people(TrainingMeasure.ENROLLED);
        return new TrainingReport.Activity(centreId, f.cohortsRun(), f.sessions(),
                TrainingReport.Published.of(f.attendancePercent(), enrolled),
                TrainingReport.Published.of(f.averageScoreChange(), f.scoreMembers()));
    }
}
