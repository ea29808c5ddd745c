package org.infoplaza.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.workshop.AttendanceStatus;
import org.infoplaza.workshop.CohortRecord;

/**
 * How one cohort counts in the training rollups, month by month. The recount after every change
 * ({@link TrainingCounting}) and a rebuild ({@link TrainingRollups#rebuild}) both go through here, so they
 * cannot count differently. Months are Panama months: sessions carry Panama wall-clock times, and a
 * certificate's issue instant is read in Panama time.
 *
 * <p>In a month, for one cohort:
 * <ul>
 * <li>a session is <b>delivered</b> when it is not cancelled, starts in the month and attendance was taken at
 * it (anyone has a mark); the cohort <b>runs</b> in the month when it delivered a session;</li>
 * <li><b>enrolled</b>: the members with a place in the cohort as it stands now (not waitlisted, not
 * withdrawn), in every month it runs; a withdrawal takes the member out of past months too;</li>
 * <li><b>attended</b>: those enrolled marked present at a session delivered in the month (walk-ins, who
 * were never enrolled, are not counted);</li>
 * <li>the cohort <b>ended</b> in the month of its last session that counts, once that session is
 * delivered; <b>completed</b>: in that month, the enrolled who reached the course's threshold by the
 * workshop's own rule ({@link CohortRecord#completed()});</li>
 * <li><b>attendance</b>: present marks of the enrolled over expected marks (enrolled × sessions delivered);</li>
 * <li><b>certificates</b> issued in the month that are not revoked (a revoked one no longer counts in the
 * month it was issued; its replacement counts in its own month);</li>
 * <li><b>score change</b>: in the month the cohort ended, for each member who answered both questionnaires,
 * the mean after minus the mean before; kept as a count and a sum so that months and centres add up.</li>
 * </ul>
 */
final class Training {

    /** One cohort's figures in one month, and who counts in it. */
    record CohortMonth(long cohortId, long centreId, LocalDate month, int sessions, int presentMarks,
            int expectedMarks, boolean ended, int certificates, int scoreMembers, BigDecimal scoreChangeTotal,
            List<MemberMonth> members) {

        CohortMonth {
            members = List.copyOf(members);
        }
    }

    /** A member enrolled in a cohort that ran in the month. */
    record MemberMonth(long memberId, boolean attended, boolean completed) {
    }

    private Training() {
    }

    /** The cohort's months with anything to count, earliest first. */
    static List<CohortMonth> months(CohortRecord cohort) {
        Map<LocalDate, Set<Long>> delivered = new TreeMap<>();
        CohortRecord.Meeting last = null;
        for (CohortRecord.Meeting session : cohort.sessions()) {
            if (session.cancelled()) {
                continue;
            }
            if (last == null || !session.startsAt().isBefore(last.startsAt())) {
                last = session;
            }
            if (session.attendanceTaken()) {
                delivered.computeIfAbsent(monthOf(session.startsAt().toLocalDate()), m -> new LinkedHashSet<>())
                        .add(session.sessionId());
            }
        }
        LocalDate endMonth = last != null && last.attendanceTaken() ? monthOf(last.startsAt().toLocalDate()) : null;
        Map<LocalDate, Integer> certificates = new HashMap<>();
        for (CohortRecord.Issued issued : cohort.certificates()) {
            if (!issued.revoked()) {
                certificates.merge(monthOf(issued.issuedAt().atZone(PanamaTime.ZONE).toLocalDate()), 1, Integer::sum);
            }
        }
        Set<LocalDate> months = new TreeSet<>(delivered.keySet());
        months.addAll(certificates.keySet());

        List<CohortMonth> result = new ArrayList<>();
        for (LocalDate month : months) {
            Set<Long> sessions = delivered.getOrDefault(month, Set.of());
            boolean ended = month.equals(endMonth);
            Set<Long> attended = new TreeSet<>();
            int present = 0;
            for (CohortRecord.Mark mark : cohort.marks()) {
                if (mark.status() == AttendanceStatus.PRESENT && sessions.contains(mark.sessionId())
                        && cohort.enrolled().contains(mark.memberId())) {
                    present++;
                    attended.add(mark.memberId());
                }
            }
            List<MemberMonth> members = new ArrayList<>();
            if (!sessions.isEmpty()) {
                for (long member : new TreeSet<>(cohort.enrolled())) {
                    members.add(new MemberMonth(member, attended.contains(member),
                            ended && cohort.completed().contains(member)));
                }
            }
            List<BigDecimal> changes = ended ? cohort.scoreChanges() : List.of();
            result.add(new CohortMonth(cohort.cohortId(), cohort.centreId(), month, sessions.size(), present,
                    cohort.enrolled().size() * sessions.size(), ended, certificates.getOrDefault(month, 0),
                    changes.size(), changes.stream().reduce(BigDecimal.ZERO, BigDecimal::add), members));
        }
        return result;
    }

    /** The first day of the day's month. */
    static LocalDate monthOf(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    static LocalDate monthOf(YearMonth month) {
        return month.atDay(1);
    }
}
