package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.Sex;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.AttendanceStatus;
import org.infoplaza.workshop.CertificateDesk;
import org.infoplaza.workshop.CertificateDetails;
import org.infoplaza.workshop.CertificateService;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.Phase;
import org.infoplaza.workshop.QuestionnaireService;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The training rollups count what the workshop recorded, through the real services: the 80 % threshold
 * exactly, a member withdrawn after the course, a revoked certificate; the same rows after a rebuild from
 * the workshop's records, also after a random course of enrolments, withdrawals, marks changed, walk-ins,
 * questionnaires, certificates issued and revoked; and only suppressed figures for the secretariat.
 */
@IntegrationTest
class TrainingRollupsIntegrationTest {

    @Autowired
    TrainingRollups rollups;

    @Autowired
    TrainingService training;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AttendanceService attendance;

    @Autowired
    CertificateService certificates;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    CentreService centres;

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    CentreDetails centre;
    CourseDetails course;
    StaffPrincipal facilitator;
    StaffPrincipal operator;

    @BeforeEach
    void setUp() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        // A municipality of its own, so the report's tables show only what these tests made there.
        List<MunicipalityOption> municipalities = SystemAuthentication.call(centres::municipalities);
        centre = WorkshopDesk.centre(fixtures, centres, municipalities.get(municipalities.size() - 2).id());
        course = WorkshopDesk.course(courses);
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(facilitator);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    // --- known answers

    @Test
    void a_held_cohort_counts_its_sessions_marks_completions_and_the_certificates_that_stand() {
        long all = teen();
        long eight = teen();
        long seven = teen();
        long never = teen();
        long leaves = teen();
        Map<Long, Integer> presences = new LinkedHashMap<>();
        presences.put(all, 10);
        presences.put(eight, 8);
        presences.put(seven, 7);
        presences.put(never, 0);
        presences.put(leaves, 10);
        CohortDetails cohort = CertificateDesk.heldCohort(cohorts, enrolments, attendance, clock, course.id(),
                centre.id(), facilitator.id(), presences);
        enrolments.withdraw(cohort.id(), leaves);
        certificates.issue(cohort.id(), all);
        CertificateDetails revoked = certificates.issue(cohort.id(), eight);
        SignedIn.as(operator);
        certificates.revoke(revoked.id(), "Error de registro");

        SignedIn.as(Role.ADMIN);
        List<SessionDetails> sessions = cohort.sessions();
        YearMonth endMonth = YearMonth.from(sessions.getLast().startsAt());
        List<TrainingFigures> months = new ArrayList<>();
        for (YearMonth m : monthsOf(cohort)) {
            months.add(rollups.month(m, Set.of(centre.id())).byCentre().get(centre.id()));
        }
        assertThat(months.stream().mapToLong(TrainingFigures::sessions).sum()).isEqualTo(10);
        assertThat(months).allSatisfy(f -> {
            assertThat(f.cohortsRun()).isEqualTo(1);
            assertThat(f.people(TrainingMeasure.ENROLLED)).as("the withdrawn member is gone from every month")
                    .isEqualTo(4);
        });
        assertThat(months.stream().mapToLong(TrainingFigures::presentMarks).sum()).isEqualTo(10 + 8 + 7);
        assertThat(months.stream().mapToLong(TrainingFigures::expectedMarks).sum()).isEqualTo(4 * 10);

        TrainingFigures last = rollups.month(endMonth, Set.of(centre.id())).byCentre().get(centre.id());
        assertThat(last.people(TrainingMeasure.COMPLETED)).as("10 and exactly 80 %% of 10; not 70 %%").isEqualTo(2);
        assertThat(last.bySex().get(TrainingMeasure.COMPLETED).get(Sex.FEMALE)).isEqualTo(2);
        assertThat(months.stream().mapToLong(f -> f.people(TrainingMeasure.COMPLETED)).sum())
                .as("completion counts only in the month the cohort ended").isEqualTo(2);
        YearMonth issuedIn = YearMonth.from(clock.instant().atZone(PanamaTime.ZONE));
        assertThat(rollups.month(issuedIn, Set.of(centre.id())).byCentre().get(centre.id()).certificates())
                .as("the revoked certificate does not count").isEqualTo(1);

        assertRebuildGivesTheSameRows(cohort);
    }

    @Test
    void a_random_course_at_the_desk_counts_the_same_as_a_rebuild() {
        Random random = new Random(20251129L);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(teen());
        }
        CohortDetails cohort = WorkshopDesk.cohort(cohorts,
                WorkshopDesk.cohortData(course.id(), centre.id(), 8, facilitator.id()),
                WorkshopDesk.tuesdaysAndThursdays(5));
        for (int i = 0; i < 9; i++) {
            enrolments.enrol(cohort.id(), people.get(i));
        }
        List<SessionDetails> sessions = cohort.sessions();
        for (int s = 0; s < sessions.size(); s++) {
            SessionDetails session = sessions.get(s);
            clock.standAt(session.startsAt().plusMinutes(5));
            for (int op = 0; op < 6; op++) {
                long member = people.get(random.nextInt(people.size()));
                attempt(() -> {
                    switch (random.nextInt(6)) {
                        case 0 -> enrolments.enrol(cohort.id(), member);
                        case 1 -> enrolments.withdraw(cohort.id(), member);
                        case 2 -> attendance.addWalkIn(session.id(), member);
                        default -> attendance.mark(session.id(), member,
                                AttendanceStatus.values()[random.nextInt(AttendanceStatus.values().length)]);
                    }
                });
            }
            List<Long> roster = attendance.sheet(session.id()).lines().stream().map(l -> l.memberId()).toList();
            attempt(() -> attendance.markAll(session.id(), roster, AttendanceStatus.PRESENT));
            for (long member : roster) {
                if (random.nextInt(7) == 0) {
                    attendance.mark(session.id(), member, random.nextBoolean() ? AttendanceStatus.ABSENT
                            : AttendanceStatus.EXCUSED);
                }
            }
            Phase phase = s == 0 ? Phase.PRE : s == sessions.size() - 1 ? Phase.POST : null;
            if (phase != null) {
                for (long member : roster) {
                    attempt(() -> questionnaires.record(session.id(), member, phase,
                            List.of(1 + random.nextInt(5), 1 + random.nextInt(5))));
                }
            }
        }
        // However many sessions the calendar gives the course (holidays move them), one teen comes to every one,
        // so the rollups count a completion too.
        long faithful = people.get(0);
        attempt(() -> enrolments.enrol(cohort.id(), faithful));
        for (SessionDetails session : sessions) {
            clock.standAt(session.startsAt().plusMinutes(5));
            attempt(() -> attendance.mark(session.id(), faithful, AttendanceStatus.PRESENT));
        }
        clock.standAt(sessions.getLast().endsAt().plusHours(1));
        List<CertificateDetails> issued = certificates.issueAll(cohort.id());
        SignedIn.as(operator);
        for (CertificateDetails certificate : issued) {
            if (random.nextInt(3) == 0) {
                certificates.revoke(certificate.id(), "Revisión");
                if (random.nextBoolean()) {
                    certificates.issue(cohort.id(), certificate.memberId());
                }
            }
        }
        SignedIn.as(facilitator);
        attempt(() -> enrolments.withdraw(cohort.id(), people.get(random.nextInt(people.size()))));

        SignedIn.as(Role.ADMIN);
        List<Map<String, Object>> cohortRows = rows("rollup_training_cohort", cohort.id());
        assertThat(cohortRows).as("the course ran").isNotEmpty();
        assertThat(rows("rollup_training_member", cohort.id())).as("somebody completed")
                .anyMatch(r -> Boolean.TRUE.equals(r.get("completed")));
        assertRebuildGivesTheSameRows(cohort);
    }

    @Test
    void a_mark_that_rolls_back_leaves_the_rollups_as_they_were() {
        long ana = teen();
        CohortDetails cohort = WorkshopDesk.cohort(cohorts,
                WorkshopDesk.cohortData(course.id(), centre.id(), 8, facilitator.id()),
                WorkshopDesk.tuesdaysAndThursdays(1));
        enrolments.enrol(cohort.id(), ana);
        SessionDetails first = cohort.sessions().getFirst();
        clock.standAt(first.startsAt().plusMinutes(5));
        attendance.mark(first.id(), ana, AttendanceStatus.ABSENT);
        List<Map<String, Object>> before = rows("rollup_training_cohort", cohort.id());
        assertThat(before).hasSize(1);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            attendance.mark(first.id(), ana, AttendanceStatus.PRESENT);
            status.setRollbackOnly();
        });

        assertThat(rows("rollup_training_cohort", cohort.id())).isEqualTo(before);
        assertThat(rows("rollup_training_member", cohort.id())).singleElement()
                .satisfies(r -> assertThat(r.get("attended")).isEqualTo(false));
    }

    // --- what leaves

    @Test
    void the_secretariat_gets_small_groups_hidden_and_operators_get_nothing() {
        Map<Long, Integer> presences = new LinkedHashMap<>();
        for (int presence : List.of(10, 10, 10, 8, 7, 0)) {
            presences.put(teen(), presence);
        }
        CohortDetails cohort = CertificateDesk.heldCohort(cohorts, enrolments, attendance, clock, course.id(),
                centre.id(), facilitator.id(), presences);
        YearMonth endMonth = YearMonth.from(cohort.sessions().getLast().startsAt());
        long municipality = centres.get(centre.id()).municipalityId();

        SignedIn.as(Role.OPERATOR, centre.id());
        assertThatThrownBy(() -> training.training(endMonth, municipality, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(Role.SECRETARIAT);
        // Counts of people are published once the month is over.
        clock.standAt(endMonth.plusMonths(1).atDay(2).atTime(9, 0));
        TrainingReport report = training.training(endMonth, municipality, Locale.ENGLISH);
        int row = report.centres().stream().map(c -> c.id()).toList().indexOf(centre.id());
        int female = Sex.FEMALE.ordinal();
        SuppressedTable enrolled = report.bySex().get(TrainingMeasure.ENROLLED);
        assertThat(enrolled.rowLabels().get(row)).isEqualTo(centre.code());
        assertThat(enrolled.cell(row, female)).isEqualTo(new PublishedCell.Shown(6));
        SuppressedTable completed = report.bySex().get(TrainingMeasure.COMPLETED);
        assertThat(completed.cell(row, female).isHidden()).as("four completed: a small count").isTrue();
        assertThat(completed.rowTotal(row).display()).isNotEqualTo("4");
        TrainingReport.Activity activity = report.activity().get(row);
        assertThat(activity.cohortsRun()).isEqualTo(1);
        assertThat(activity.attendancePercent().value()).as("six enrolled: shown").isNotNull();
        assertThat(activity.scoreChange()).as("nobody answered").isEqualTo(new TrainingReport.Published<>(null, false));
    }

    // --- helpers

    private void assertRebuildGivesTheSameRows(CohortDetails cohort) {
        List<Map<String, Object>> cohortRows = rows("rollup_training_cohort", cohort.id());
        List<Map<String, Object>> memberRows = rows("rollup_training_member", cohort.id());
        TreeSet<YearMonth> months = new TreeSet<>(monthsOf(cohort));
        months.add(YearMonth.from(clock.instant().atZone(PanamaTime.ZONE)));
        // Garble what the changes counted, then rebuild: the rebuild cannot just leave the rows alone.
        jdbc.update("UPDATE rollup_training_cohort SET sessions = sessions + 7 WHERE cohort_id = ?", cohort.id());
        jdbc.update("DELETE FROM rollup_training_member WHERE cohort_id = ?", cohort.id());

        int counted = rollups.rebuild(months.first(), months.last(), centre.id());

        assertThat(counted).isGreaterThanOrEqualTo(1);
        assertThat(rows("rollup_training_cohort", cohort.id())).isEqualTo(cohortRows);
        assertThat(rows("rollup_training_member", cohort.id())).isEqualTo(memberRows);
    }

    private List<Map<String, Object>> rows(String table, long cohortId) {
        return jdbc.queryForList("SELECT * FROM " + table + " WHERE cohort_id = ? ORDER BY 1, 2, 3", cohortId).stream()
                .map(row -> (Map<String, Object>) new HashMap<>(row)).toList();
    }

    private static List<YearMonth> monthsOf(CohortDetails cohort) {
        return cohort.sessions().stream().map(s -> YearMonth.from(s.startsAt())).distinct().toList();
    }

    private static void attempt(Runnable operation) {
        try {
            operation.run();
        } catch (DomainException refused) {
            // The desk was refused (full cohort, not on the roster, already enrolled...): nothing changed.
        }
    }

    /** A 15-year-old with the guardian's workshop consent, born on a day of their own. */
    private long teen() {
        return SystemAuthentication.call(() -> members.register(MemberRegistrations.aMember(centre.id())
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(ThreadLocalRandom.current().nextInt(1, 300)))
                .withWorkshopConsent().build()).id());
    }
}
