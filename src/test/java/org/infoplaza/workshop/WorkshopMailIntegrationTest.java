package org.infoplaza.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.workshop.WorkshopDesk.mondayAt;
import static org.infoplaza.workshop.WorkshopDesk.tuesdaysAndThursdays;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberRegistration;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Workshop mail through the outbox, in each member's language: the reminder job tells enrolled members with
 * an e-mail address of a session starting within 24 hours, once, however often it runs; and a member moved
 * from the waitlist into a place hears so. The job visits every session in the shared test database, so
 * assertions look at this test's session only.
 */
@IntegrationTest
class WorkshopMailIntegrationTest {

    @Autowired
    WorkshopReminders reminders;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrolmentService enrolments;

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

    CentreDetails centre;
    CourseDetails course;
    StaffPrincipal facilitator;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = WorkshopDesk.centre(fixtures, centres);
        course = WorkshopDesk.course(courses);
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        SignedIn.as(facilitator);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    CohortDetails cohort(int capacity) {
        return WorkshopDesk.cohort(cohorts, WorkshopDesk.cohortData(course.id(), centre.id(), capacity, facilitator.id()),
                tuesdaysAndThursdays(1));
    }

    long teen(String email, String language) {
        MemberRegistration r = MemberRegistrations.aMember(centre.id())
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(40)).withWorkshopConsent().build();
        return SystemAuthentication.call(() -> members.register(new MemberRegistration(r.givenNames(), r.surnames(),
                r.dateOfBirth(), r.sex(), r.idType(), r.idNumber(), r.phone(), email, language, r.schoolStatus(),
                r.schoolGrade(), r.occupationStatus(), r.homeCentreId(), r.municipalityId(), r.corregimientoId(),
                r.community(), r.ethnicity(), r.disability(), r.guardian(), r.consents(), r.ignoreDuplicates()))).id();
    }

    List<Map<String, Object>> mail(String reference) {
        return jdbc.queryForList("SELECT kind, recipient_email, language, subject, body_text"
                + " FROM outbox_message WHERE reference = ? ORDER BY id", reference);
    }

    int runJob() {
        return new WorkshopReminderJob(reminders, clock, 24).run();
    }

    @Test
    void enrolled_members_with_an_address_are_reminded_once_a_day_ahead() {
        CohortDetails cohort = cohort(10);
        long spanish = teen("ana.taller@example.org", "es");
        long english = teen("ben.workshop@example.org", "en");
        long withoutEmail = teen(null, "es");
        long leaver = teen("carla.taller@example.org", "es");
        for (long member : List.of(spanish, english, withoutEmail, leaver)) {
            enrolments.enrol(cohort.id(), member);
        }
        enrolments.withdraw(cohort.id(), leaver);
        SessionDetails tuesday = cohort.sessions().getFirst();
        String reference = "workshop-session:" + tuesday.id();

        clock.standAt(tuesday.startsAt().minusHours(24).minusMinutes(15));
        runJob();
        assertThat(mail(reference)).as("more than a day ahead").isEmpty();

        clock.standAt(tuesday.startsAt().minusHours(24));
        runJob();
        runJob();
        clock.standAt(tuesday.startsAt().minusHours(23).minusMinutes(45));
        runJob();

        assertThat(mail(reference)).extracting(m -> m.get("recipient_email"))
                .containsExactlyInAnyOrder("ana.taller@example.org", "ben.workshop@example.org");
        assertThat(mail(reference)).allSatisfy(m -> assertThat(m.get("kind")).isEqualTo("workshop-reminder"));
        Map<String, Object> inEnglish = mail(reference).stream()
                .filter(m -> "ben.workshop@example.org".equals(m.get("recipient_email"))).findFirst().orElseThrow();
        assertThat(inEnglish.get("language")).isEqualTo("en");
        assertThat(inEnglish.get("subject")).isEqualTo("Reminder: " + course.title());
        assertThat((String) inEnglish.get("body_text")).contains("at 15:00 at " + centre.name());
        Map<String, Object> inSpanish = mail(reference).stream()
                .filter(m -> "ana.taller@example.org".equals(m.get("recipient_email"))).findFirst().orElseThrow();
        assertThat((String) inSpanish.get("subject")).isEqualTo("Recordatorio: " + course.title());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workshop_reminder WHERE session_id = ? AND member_id = ?",
                Integer.class, tuesday.id(), leaver)).as("withdrawn").isZero();
    }

    @Test
    void a_cancelled_session_is_not_reminded() {
        CohortDetails cohort = cohort(10);
        enrolments.enrol(cohort.id(), teen("dora.taller@example.org", "es"));
        SessionDetails tuesday = cohort.sessions().getFirst();
        cohorts.cancelSession(tuesday.id(), tuesday.version());

        clock.standAt(tuesday.startsAt().minusHours(1));
        runJob();

        assertThat(mail("workshop-session:" + tuesday.id())).isEmpty();
    }

    @Test
    void a_member_moved_up_from_the_waitlist_is_told_by_mail() {
        CohortDetails cohort = cohort(1);
        long first = teen(null, "es");
        long waiting = teen("eva.taller@example.org", "es");
        enrolments.enrol(cohort.id(), first);
        assertThat(enrolments.enrol(cohort.id(), waiting).status()).isEqualTo(EnrolmentStatus.WAITLISTED);

        enrolments.withdraw(cohort.id(), first);

        assertThat(mail("workshop-cohort:" + cohort.id())).singleElement().satisfies(m -> {
            assertThat(m.get("kind")).isEqualTo("workshop-promoted");
            assertThat(m.get("recipient_email")).isEqualTo("eva.taller@example.org");
            assertThat(m.get("subject")).isEqualTo("Tiene un cupo en " + course.title());
            assertThat((String) m.get("body_text")).contains(cohort.name()).contains("a las 15:00");
        });
    }
}
