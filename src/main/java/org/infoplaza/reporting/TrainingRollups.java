package org.infoplaza.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.infoplaza.member.MemberProfile;
import org.infoplaza.member.MemberService;
import org.infoplaza.reporting.Training.CohortMonth;
import org.infoplaza.reporting.TrainingTables.CohortSums;
import org.infoplaza.reporting.TrainingTables.PeopleCount;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.workshop.TrainingRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training per centre and month, and for groups of centres, read from the rollup tables that every change
 * to a cohort keeps up to date ({@link TrainingCounting}), never from the workshop's records. Administrators
 * read the raw figures; the secretariat gets them suppressed through {@link TrainingService}. Administrators
 * (and the system's jobs) can rebuild any months from the workshop's records, which gives the same figures
 * as the changes counted, because both count each cohort with {@link Training}.
 */
@Service
@Transactional(readOnly = true)
public class TrainingRollups {

    private final TrainingTables tables;
    private final TrainingRecords records;
    private final MemberService members;

    TrainingRollups(TrainingTables tables, TrainingRecords records, MemberService members) {
        this.tables = tables;
        this.records = records;
        this.members = members;
    }

    /** The month's training at each of these centres and at all of them together. */
    @PreAuthorize("hasRole('ADMIN')")
    public TrainingMonth month(YearMonth month, Set<Long> centreIds) {
        return figuresOf(month, centreIds);
    }

    /** The same, for {@link TrainingService}, which suppresses before anything leaves this module. */
    TrainingMonth figuresOf(YearMonth month, Set<Long> centreIds) {
        if (centreIds.isEmpty()) {
            return new TrainingMonth(month, Map.of(), TrainingFigures.of(CohortSums.NONE, List.of()));
        }
        LocalDate first = Training.monthOf(month);
        Map<Long, CohortSums> sums = tables.cohortSums(centreIds, first);
        Map<Long, List<PeopleCount>> people = tables.people(centreIds, first);
        Map<Long, TrainingFigures> byCentre = new HashMap<>();
        CohortSums together = CohortSums.NONE;
        List<PeopleCount> everyone = new ArrayList<>();
        for (long centreId : centreIds) {
            CohortSums centreSums = sums.getOrDefault(centreId, CohortSums.NONE);
            List<PeopleCount> centrePeople = people.getOrDefault(centreId, List.of());
            byCentre.put(centreId, TrainingFigures.of(centreSums, centrePeople));
            together = together.plus(centreSums);
            everyone.addAll(centrePeople);
        }
        return new TrainingMonth(month, byCentre, TrainingFigures.of(together, everyone));
    }

    /**
     * Recounts the months {@code from} to {@code to} (inclusive) of one centre, or of every centre when
     * {@code centreId} is null, from the workshop's records. Returns how many cohorts were counted.
     *
     * <p>It deletes before it reads anything, like the station-use rebuild, so changes that would count in
     * the period wait for it to commit.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int rebuild(YearMonth from, YearMonth to, Long centreId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A rebuild needs a period that ends on or after its start");
        }
        LocalDate firstMonth = Training.monthOf(from);
        LocalDate lastMonth = Training.monthOf(to);
        tables.deleteMonths(firstMonth, lastMonth, centreId);
        LocalDate end = lastMonth.plusMonths(1);
        Set<Long> cohorts = new TreeSet<>(records.cohortsActiveBetween(firstMonth.atStartOfDay(), end.atStartOfDay(),
                firstMonth.atStartOfDay(PanamaTime.ZONE).toInstant(), end.atStartOfDay(PanamaTime.ZONE).toInstant(),
                centreId));
        for (long cohortId : cohorts) {
            tables.lock(cohortId);
            for (CohortMonth month : Training.months(records.record(cohortId))) {
                if (!month.month().isBefore(firstMonth) && !month.month().isAfter(lastMonth)) {
                    tables.add(month, profiles(month));
                }
            }
        }
        return cohorts.size();
    }

    /** Replaces every row of the cohort with what its records say now; the caller reads as an administrator. */
    void recount(long cohortId) {
        tables.lock(cohortId);
        tables.deleteCohort(cohortId);
        for (CohortMonth month : Training.months(records.record(cohortId))) {
            tables.add(month, profiles(month));
        }
    }

    /** Each member's sex and age band on the month's first day. */
    private Map<Long, MemberProfile> profiles(CohortMonth month) {
        Map<Long, MemberProfile> profiles = new HashMap<>();
        month.members().forEach(m -> profiles.put(m.memberId(), members.profileOf(m.memberId(), month.month())));
        return profiles;
    }
}
