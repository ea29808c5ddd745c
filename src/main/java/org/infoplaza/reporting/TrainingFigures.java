package org.infoplaza.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.TrainingTables.CohortSums;
import org.infoplaza.reporting.TrainingTables.PeopleCount;

/**
 * Training at a centre, or at several together, in a month (see {@link Training} for the definitions):
 * cohorts run, sessions delivered, present and expected marks of the enrolled, certificates issued that
 * stand, the questionnaire's change (members with both answers and the sum of their changes), and the
 * people enrolled, attended and completed by sex and by age band (every sex and band present, zero when
 * none). Several centres together count a member at each centre they trained at. Counts only, unsuppressed:
 * whatever shows them outside a centre must suppress them.
 */
public record TrainingFigures(long cohortsRun, long sessions, long presentMarks, long expectedMarks,
        long certificates, long scoreMembers, BigDecimal scoreChangeTotal,
        Map<TrainingMeasure, Map<Sex, Long>> bySex, Map<TrainingMeasure, Map<AgeBand, Long>> byAgeBand) {

    public TrainingFigures {
        bySex = copy(bySex);
        byAgeBand = copy(byAgeBand);
    }

    static TrainingFigures of(CohortSums sums, Collection<PeopleCount> people) {
        Map<TrainingMeasure, Map<Sex, Long>> bySex = new EnumMap<>(TrainingMeasure.class);
        Map<TrainingMeasure, Map<AgeBand, Long>> byBand = new EnumMap<>(TrainingMeasure.class);
        for (TrainingMeasure measure : TrainingMeasure.values()) {
            Map<Sex, Long> sexes = new EnumMap<>(Sex.class);
            for (Sex sex : Sex.values()) {
                sexes.put(sex, 0L);
            }
            Map<AgeBand, Long> bands = new EnumMap<>(AgeBand.class);
            for (AgeBand band : AgeBand.values()) {
                bands.put(band, 0L);
            }
            for (PeopleCount count : people) {
                sexes.merge(count.sex(), count.of(measure), Long::sum);
                bands.merge(count.ageBand(), count.of(measure), Long::sum);
            }
            bySex.put(measure, sexes);
            byBand.put(measure, bands);
        }
        return new TrainingFigures(sums.cohortsRun(), sums.sessions(), sums.presentMarks(), sums.expectedMarks(),
                sums.certificates(), sums.scoreMembers(), sums.scoreChangeTotal(), bySex, byBand);
    }

    /** The people counted under a measure. */
    public long people(TrainingMeasure measure) {
        return bySex.get(measure).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Present marks over expected marks, in per cent; null when no mark was expected. */
    public Double attendancePercent() {
        return expectedMarks == 0 ? null : 100.0 * presentMarks / expectedMarks;
    }

    /** The mean change (after minus before, on the 1–5 scale) to two decimals; null when nobody answered both. */
    public BigDecimal averageScoreChange() {
        return scoreMembers == 0 ? null
                : scoreChangeTotal.divide(BigDecimal.valueOf(scoreMembers), 2, RoundingMode.HALF_UP);
    }

    private static <K extends Enum<K>> Map<TrainingMeasure, Map<K, Long>> copy(Map<TrainingMeasure, Map<K, Long>> in) {
        Map<TrainingMeasure, Map<K, Long>> out = new EnumMap<>(TrainingMeasure.class);
        in.forEach((measure, counts) -> out.put(measure, Collections.unmodifiableMap(new EnumMap<>(counts))));
        return Collections.unmodifiableMap(out);
    }
}
