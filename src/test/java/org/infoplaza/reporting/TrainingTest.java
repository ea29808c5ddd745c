package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.infoplaza.reporting.Training.CohortMonth;
import org.infoplaza.reporting.Training.MemberMonth;
import org.infoplaza.workshop.AttendanceStatus;
import org.infoplaza.workshop.CohortRecord;
import org.infoplaza.workshop.CohortRecord.Issued;
import org.infoplaza.workshop.CohortRecord.Mark;
import org.infoplaza.workshop.CohortRecord.Meeting;
import org.junit.jupiter.api.Test;

/**
 * How one cohort counts, month by month, on hand-built records with known answers: Panama month boundaries,
 * sessions without attendance, a withdrawn member's marks, completion only in the month the cohort ended,
 * revoked certificates, and the questionnaire's change.
 */
class TrainingTest {

    private static final long ANA = 1;
    private static final long BETO = 2;
    private static final long CARLA = 3;
    private static final long WITHDRAWN = 4;
    private static final long WALK_IN = 5;

    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 1);
    private static final LocalDate FEBRUARY = LocalDate.of(2025, 2, 1);
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);

    @Test
    void sessions_count_in_the_panama_month_they_start_and_only_once_attendance_is_taken() {
        CohortRecord cohort = record(List.of(
                        delivered(10, "2025-01-31T18:00"),
                        delivered(11, "2025-02-01T09:00"),
                        new Meeting(12, at("2025-02-04T15:00"), false, false)),
                Set.of(ANA), List.of(present(10, ANA), present(11, ANA)), Set.of(), List.of(), List.of());

        List<CohortMonth> months = Training.months(cohort);

        assertThat(months).extracting(CohortMonth::month).containsExactly(JANUARY, FEBRUARY);
        assertThat(months).extracting(CohortMonth::sessions).as("the session without marks was not delivered")
                .containsExactly(1, 1);
        assertThat(months).extracting(CohortMonth::ended).as("its last session has no attendance yet")
                .containsExactly(false, false);
    }

    @Test
    void attendance_counts_the_enrolled_only_and_expects_a_mark_per_enrolled_and_session() {
        // Three enrolled, two sessions in January: six marks expected. The withdrawn member's and the
        // walk-in's present marks are not the enrolled's.
        CohortRecord cohort = record(List.of(delivered(10, "2025-01-07T15:00"), delivered(11, "2025-01-09T15:00")),
                Set.of(ANA, BETO, CARLA),
                List.of(present(10, ANA), present(11, ANA), present(10, BETO), mark(11, BETO, AttendanceStatus.ABSENT),
                        mark(10, CARLA, AttendanceStatus.EXCUSED), mark(11, CARLA, AttendanceStatus.ABSENT),
                        present(10, WITHDRAWN), present(11, WALK_IN)),
                Set.of(), List.of(), List.of());

        CohortMonth january = Training.months(cohort).getFirst();

        assertThat(january.presentMarks()).isEqualTo(3);
        assertThat(january.expectedMarks()).isEqualTo(6);
        assertThat(january.members()).containsExactly(new MemberMonth(ANA, true, false),
                new MemberMonth(BETO, true, false), new MemberMonth(CARLA, false, false));
    }

    @Test
    void completion_counts_in_the_month_of_the_last_session_that_counts_once_it_is_delivered() {
        List<Meeting> sessions = List.of(delivered(10, "2025-01-28T15:00"), delivered(11, "2025-02-04T15:00"),
                new Meeting(12, at("2025-02-11T15:00"), true, false));
        // Ana completed by the workshop's rule; Beto did not. The cancelled session does not count, so the
        // cohort ended on 4 February.
        CohortRecord cohort = record(sessions, Set.of(ANA, BETO),
                List.of(present(10, ANA), present(11, ANA), present(10, BETO), mark(11, BETO, AttendanceStatus.ABSENT)),
                Set.of(ANA), List.of(), List.of(new BigDecimal("1.5000"), new BigDecimal("-0.5000")));

        List<CohortMonth> months = Training.months(cohort);

        CohortMonth january = months.get(0);
        CohortMonth february = months.get(1);
        assertThat(january.ended()).isFalse();
        assertThat(january.members()).noneMatch(MemberMonth::completed);
        assertThat(january.scoreMembers()).isZero();
        assertThat(february.ended()).isTrue();
        assertThat(february.members()).containsExactly(new MemberMonth(ANA, true, true),
                new MemberMonth(BETO, false, false));
        assertThat(february.scoreMembers()).isEqualTo(2);
        assertThat(february.scoreChangeTotal()).isEqualByComparingTo("1.0");
    }

    @Test
    void a_revoked_certificate_does_not_count_and_certificates_count_in_the_panama_month_they_were_issued() {
        List<Meeting> sessions = List.of(delivered(10, "2025-02-25T15:00"));
        List<Issued> certificates = List.of(
                // 28 February, 22:00 in Panama: still February.
                new Issued(ANA, Instant.parse("2025-03-01T03:00:00Z"), false),
                new Issued(BETO, Instant.parse("2025-02-26T15:00:00Z"), true),
                // Beto's new certificate, 1 March 00:30 in Panama.
                new Issued(BETO, Instant.parse("2025-03-01T05:30:00Z"), false));
        CohortRecord cohort = record(sessions, Set.of(ANA, BETO), List.of(present(10, ANA), present(10, BETO)),
                Set.of(ANA, BETO), certificates, List.of());

        List<CohortMonth> months = Training.months(cohort);

        assertThat(months).extracting(CohortMonth::month).containsExactly(FEBRUARY, MARCH);
        assertThat(months).extracting(CohortMonth::certificates).containsExactly(1, 1);
        CohortMonth march = months.get(1);
        assertThat(march.sessions()).isZero();
        assertThat(march.members()).as("nobody is enrolled in a month without sessions").isEmpty();
        assertThat(march.expectedMarks()).isZero();
    }

    @Test
    void a_withdrawn_member_counts_in_no_month_and_a_cohort_without_records_counts_nothing() {
        CohortRecord withdrawnOnly = record(List.of(delivered(10, "2025-01-07T15:00")), Set.of(),
                List.of(present(10, WITHDRAWN)), Set.of(), List.of(), List.of());
        CohortMonth january = Training.months(withdrawnOnly).getFirst();
        assertThat(january.members()).isEmpty();
        assertThat(january.presentMarks()).isZero();
        assertThat(january.expectedMarks()).isZero();

        assertThat(Training.months(record(List.of(), Set.of(), List.of(), Set.of(), List.of(), List.of()))).isEmpty();
    }

    private static CohortRecord record(List<Meeting> sessions, Set<Long> enrolled, List<Mark> marks,
            Set<Long> completed, List<Issued> certificates, List<BigDecimal> changes) {
        return new CohortRecord(7, 70, sessions, enrolled, new ArrayList<>(marks), completed, certificates, changes);
    }

    private static Meeting delivered(long id, String start) {
        return new Meeting(id, at(start), false, true);
    }

    private static Mark present(long session, long member) {
        return mark(session, member, AttendanceStatus.PRESENT);
    }

    private static Mark mark(long session, long member, AttendanceStatus status) {
        return new Mark(session, member, status);
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}
