package org.infoplaza.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.MemberProfile;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.Training.CohortMonth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The training rollup tables ({@code V22__reporting_training_rollups.sql}). A cohort's rows are replaced
 * whole: a recount deletes them and writes what {@link Training} counts now, under the cohort's lock row.
 */
@Component
class TrainingTables {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    TrainingTables(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Holds the cohort's lock row until the transaction ends (created on first use). */
    void lock(long cohortId) {
        jdbc.update("INSERT INTO rollup_training_lock (cohort_id) VALUES (?) ON DUPLICATE KEY UPDATE cohort_id = cohort_id",
                cohortId);
    }

    /** Removes the cohort's rows of every month. */
    void deleteCohort(long cohortId) {
        jdbc.update("DELETE FROM rollup_training_member WHERE cohort_id = ?", cohortId);
        jdbc.update("DELETE FROM rollup_training_cohort WHERE cohort_id = ?", cohortId);
    }

    /** Removes the rows of the months starting {@code fromMonth} to {@code toMonth} of a centre (or all). */
    void deleteMonths(LocalDate fromMonth, LocalDate toMonth, Long centreId) {
        for (String table : List.of("rollup_training_member", "rollup_training_cohort")) {
            if (centreId == null) {
                jdbc.update("DELETE FROM " + table + " WHERE use_month BETWEEN ? AND ?", fromMonth, toMonth);
            } else {
                jdbc.update("DELETE FROM " + table + " WHERE centre_id = ? AND use_month BETWEEN ? AND ?", centreId,
                        fromMonth, toMonth);
            }
        }
    }

    /** Writes one cohort-month, each member with their profile on the month's first day. */
    void add(CohortMonth month, Map<Long, MemberProfile> profiles) {
        jdbc.update("""
                INSERT INTO rollup_training_cohort (cohort_id, use_month, centre_id, sessions, present_marks,
                    expected_marks, ended, certificates, score_members, score_change_total)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, month.cohortId(), month.month(), month.centreId(), month.sessions(), month.presentMarks(),
                month.expectedMarks(), month.ended(), month.certificates(), month.scoreMembers(),
                month.scoreChangeTotal());
        jdbc.batchUpdate("""
                INSERT INTO rollup_training_member (cohort_id, use_month, member_id, centre_id, attended, completed,
                    sex, age_band)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, month.members().stream().map(m -> {
                    MemberProfile profile = profiles.get(m.memberId());
                    return new Object[] {month.cohortId(), month.month(), m.memberId(), month.centreId(),
                            m.attended(), m.completed(), profile.sex().name(), profile.ageBand().name()};
                }).toList());
    }

    /** The month's cohort sums of each of these centres that had any. */
    Map<Long, CohortSums> cohortSums(Set<Long> centreIds, LocalDate month) {
        MapSqlParameterSource params = new MapSqlParameterSource("centres", centreIds).addValue("month", month);
        Map<Long, CohortSums> sums = new HashMap<>();
        named.query("""
                SELECT centre_id, SUM(sessions > 0), SUM(sessions), SUM(present_marks), SUM(expected_marks),
                       SUM(certificates), SUM(score_members), SUM(score_change_total)
                FROM rollup_training_cohort
                WHERE centre_id IN (:centres) AND use_month = :month
                GROUP BY centre_id
                """, params, rs -> {
                    sums.put(rs.getLong(1), new CohortSums(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8)));
                });
        return sums;
    }

    /**
     * The month's people of each centre, by sex and age band: each member once per centre however many of
     * its cohorts they are in, attended or completed when they did in any of them.
     */
    Map<Long, List<PeopleCount>> people(Set<Long> centreIds, LocalDate month) {
        MapSqlParameterSource params = new MapSqlParameterSource("centres", centreIds).addValue("month", month);
        Map<Long, List<PeopleCount>> people = new HashMap<>();
        named.query("""
                SELECT centre_id, sex, age_band, COUNT(*), SUM(attended), SUM(completed)
                FROM (SELECT centre_id, member_id, MIN(sex) AS sex, MIN(age_band) AS age_band,
                             MAX(attended) AS attended, MAX(completed) AS completed
                      FROM rollup_training_member
                      WHERE centre_id IN (:centres) AND use_month = :month
                      GROUP BY centre_id, member_id) AS members
                GROUP BY centre_id, sex, age_band
                """, params, rs -> {
                    people.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new PeopleCount(
                            Sex.valueOf(rs.getString(2)), AgeBand.valueOf(rs.getString(3)), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6)));
                });
        return people;
    }

    /** A centre's cohort figures summed over the month. */
    record CohortSums(long cohortsRun, long sessions, long presentMarks, long expectedMarks, long certificates,
            long scoreMembers, BigDecimal scoreChangeTotal) {

        static final CohortSums NONE = new CohortSums(0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

        CohortSums plus(CohortSums o) {
            return new CohortSums(cohortsRun + o.cohortsRun, sessions + o.sessions, presentMarks + o.presentMarks,
                    expectedMarks + o.expectedMarks, certificates + o.certificates, scoreMembers + o.scoreMembers,
                    scoreChangeTotal.add(o.scoreChangeTotal));
        }
    }

    /** Members of one sex and age band: enrolled, of whom attended and completed. */
    record PeopleCount(Sex sex, AgeBand ageBand, long enrolled, long attended, long completed) {

        static long sum(Collection<PeopleCount> counts, TrainingMeasure measure) {
            return counts.stream().mapToLong(c -> c.of(measure)).sum();
        }

        long of(TrainingMeasure measure) {
            return switch (measure) {
                case ENROLLED -> enrolled;
                case ATTENDED -> attended;
                case COMPLETED -> completed;
            };
        }
    }
}
