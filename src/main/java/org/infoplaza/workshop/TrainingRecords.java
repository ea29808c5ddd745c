package org.infoplaza.workshop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.infoplaza.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The raw workshop records behind the training statistics, for the reporting module's rollups: one cohort
 * as it stands ({@link CohortRecord}), and which cohorts had anything to count in a period. Administrators
 * only (the reporting module reads as the system); member ids only, no names.
 *
 * <p>Marks and answers are read with plain SQL rather than through the entities, so a mark written in the
 * same transaction by {@link AttendanceRepository#record} (a native upsert) is seen as it is now.
 */
@Service
@Transactional(readOnly = true)
public class TrainingRecords {

    /** Changes are kept to four decimals, so summing them gives the same total in any order. */
    public static final int SCORE_SCALE = 4;

    private final CohortRepository cohorts;
    private final CourseRepository courses;
    private final SessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final CertificateRepository certificates;
    private final JdbcTemplate jdbc;

    TrainingRecords(CohortRepository cohorts, CourseRepository courses, SessionRepository sessions,
            EnrolmentRepository enrolments, CertificateRepository certificates, JdbcTemplate jdbc) {
        this.cohorts = cohorts;
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.jdbc = jdbc;
    }

    /** The cohort's record as it stands. */
    @PreAuthorize("hasRole('ADMIN')")
    public CohortRecord record(long cohortId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(NotFoundException::new);
        int threshold = courses.findById(cohort.getCourseId()).orElseThrow(NotFoundException::new)
                .getCompletionThreshold();
        List<WorkshopSession> all = sessions.findByCohortIdOrderByStartsAt(cohortId);
        List<CohortRecord.Mark> marks = new ArrayList<>();
        jdbc.query("""
                SELECT a.session_id, a.member_id, a.status
                FROM attendance a JOIN workshop_session s ON s.id = a.session_id
                WHERE s.cohort_id = ?
                ORDER BY a.session_id, a.member_id
                """, rs -> {
                    marks.add(new CohortRecord.Mark(rs.getLong(1), rs.getLong(2),
                            AttendanceStatus.valueOf(rs.getString(3))));
                }, cohortId);
        Set<Long> marked = marks.stream().map(CohortRecord.Mark::sessionId).collect(Collectors.toSet());
        List<CohortRecord.Meeting> meetings = all.stream().map(s -> new CohortRecord.Meeting(s.getId(),
                s.getStartsAt(), s.isCancelled(), marked.contains(s.getId()))).toList();
        Set<Long> enrolled = enrolments.findEnrolledIn(List.of(cohortId)).stream().map(Enrolment::getMemberId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<CohortRecord.Issued> issued = certificates.findByCohortIdOrderByIssuedAtDescIdDesc(cohortId).stream()
                .map(c -> new CohortRecord.Issued(c.getMemberId(), c.getIssuedAt(), c.isRevoked())).toList();
        return new CohortRecord(cohortId, cohort.getCentreId(), meetings, enrolled, marks,
                completed(all, enrolled, marks, threshold), issued, scoreChanges(cohortId));
    }

    /**
     * Cohorts (of one centre, or of all when null) with a session starting from {@code from} (inclusive) to
     * {@code to} (exclusive), Panama wall-clock times, or a certificate issued between the two instants.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Set<Long> cohortsActiveBetween(LocalDateTime from, LocalDateTime to, Instant issuedFrom, Instant issuedTo,
            Long centreId) {
        Set<Long> ids = new HashSet<>(sessions.findCohortsMeetingBetween(from, to));
        ids.addAll(certificates.findCohortsIssuingBetween(issuedFrom, issuedTo));
        if (centreId == null || ids.isEmpty()) {
            return ids;
        }
        return cohorts.findAllById(ids).stream().filter(c -> c.getCentreId() == centreId).map(Cohort::getId)
                .collect(Collectors.toSet());
    }

    /** The enrolled members who completed, by the same rule the certificates use. */
    private static Set<Long> completed(List<WorkshopSession> all, Collection<Long> enrolled,
            List<CohortRecord.Mark> marks, int threshold) {
        Set<Long> counted = all.stream().filter(s -> !s.isCancelled()).map(WorkshopSession::getId)
                .collect(Collectors.toSet());
        Map<Long, Integer> present = new HashMap<>();
        for (CohortRecord.Mark mark : marks) {
            if (mark.status() == AttendanceStatus.PRESENT && counted.contains(mark.sessionId())) {
                present.merge(mark.memberId(), 1, Integer::sum);
            }
        }
        return enrolled.stream()
                .filter(m -> AttendanceService.completed(present.getOrDefault(m, 0), counted.size(), threshold))
                .collect(Collectors.toSet());
    }

    /** Per member who answered before and after: the mean of their answers after minus before. */
    private List<BigDecimal> scoreChanges(long cohortId) {
        Map<Long, long[]> tallies = new HashMap<>();
        jdbc.query("""
                SELECT member_id, phase, SUM(answer), COUNT(*)
                FROM questionnaire_answer WHERE cohort_id = ?
                GROUP BY member_id, phase
                """, rs -> {
                    long[] tally = tallies.computeIfAbsent(rs.getLong(1), id -> new long[4]);
                    int offset = Phase.valueOf(rs.getString(2)) == Phase.PRE ? 0 : 2;
                    tally[offset] = rs.getLong(3);
                    tally[offset + 1] = rs.getLong(4);
                }, cohortId);
        List<BigDecimal> changes = new ArrayList<>();
        tallies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            long[] t = entry.getValue();
            if (t[1] > 0 && t[3] > 0) {
                BigDecimal before = BigDecimal.valueOf(t[0]).divide(BigDecimal.valueOf(t[1]), 10, RoundingMode.HALF_UP);
                BigDecimal after = BigDecimal.valueOf(t[2]).divide(BigDecimal.valueOf(t[3]), 10, RoundingMode.HALF_UP);
                changes.add(after.subtract(before).setScale(SCORE_SCALE, RoundingMode.HALF_UP));
            }
        });
        return changes;
    }
}
