package org.infoplaza.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.CertificateDetails;
import org.infoplaza.workshop.CertificateLine;
import org.infoplaza.workshop.CertificateService;
import org.infoplaza.workshop.CertificateSheet;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the demo facilitator finds, whatever the hour the demo starts: a session of her group today within the
 * centre's opening hours (added once, however often the demo restarts that day), and a finished group whose
 * certificates can be issued. The workshop centre opens on weekdays 08:00–12:00 and 13:00–18:00.
 */
@IntegrationTest
class DemoWorkshopsIntegrationTest {

    @Autowired
    DemoToday today;

    @Autowired
    DemoWorkshops workshops;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    CentreService centres;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    AttendanceService attendance;

    @Autowired
    CertificateService certificates;

    @Autowired
    MemberService members;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @ParameterizedTest(name = "demo started at {0}")
    @ValueSource(strings = {"06:30", "10:30", "12:30", "16:40", "18:30", "23:15"})
    void the_facilitator_has_one_session_today_within_opening_hours_at_every_start(String startedAt) {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        long courseId = WorkshopDesk.course(courses).id();
        SignedIn.as(facilitator);
        // Tuesdays and Thursdays: the Monday a week later has no session of its own.
        CohortDetails cohort = WorkshopDesk.cohort(cohorts,
                WorkshopDesk.cohortData(courseId, centre.id(), 12, facilitator.id()), WorkshopDesk.tuesdaysAndThursdays(2));
        SignedIn.nobody();
        LocalDateTime now = WorkshopDesk.monday().plusWeeks(1).atTime(LocalTime.parse(startedAt));
        clock.standAt(now);

        SystemAuthentication.run(() -> today.ensure(cohort.id()));
        SystemAuthentication.run(() -> today.ensure(cohort.id()));

        SignedIn.as(facilitator);
        List<SessionDetails> todays = cohorts.get(cohort.id()).sessions().stream()
                .filter(s -> s.startsAt().toLocalDate().equals(now.toLocalDate())).toList();
        assertThat(todays).as("sessions today after two starts").hasSize(1);
        SessionDetails session = todays.getFirst();
        boolean morning = !session.startsAt().toLocalTime().isBefore(LocalTime.of(8, 0))
                && !session.endsAt().toLocalTime().isAfter(LocalTime.of(12, 0));
        boolean afternoon = !session.startsAt().toLocalTime().isBefore(LocalTime.of(13, 0))
                && !session.endsAt().toLocalTime().isAfter(LocalTime.of(18, 0));
        assertThat(morning || afternoon).as("%s–%s within opening hours", session.startsAt(), session.endsAt()).isTrue();
        assertThat(attendance.today()).extracting(s -> s.sessionId()).contains(session.id());
        if (!now.toLocalTime().isBefore(LocalTime.of(8, 0))) {
            assertThat(attendance.sheet(session.id()).editable()).as("attendance can be taken now").isTrue();
        }
    }

    @Test
    void the_finished_group_is_ready_for_certificates_but_for_the_member_who_missed_half() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        CourseDetails course = WorkshopDesk.course(courses);
        List<Long> teens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            teens.add(SystemAuthentication.call(() -> WorkshopDesk.teenWithConsent(members, centre.id())));
        }

        CohortDetails cohort = SystemAuthentication.call(() -> workshops.finished(centre, course,
                Set.of(facilitator.id()), teens));

        SignedIn.as(facilitator);
        LocalDate monday = WorkshopDesk.monday();
        assertThat(cohorts.get(cohort.id()).sessions()).allSatisfy(s -> assertThat(s.endsAt()).isBefore(monday.atStartOfDay()));
        CertificateSheet sheet = certificates.sheet(cohort.id());
        assertThat(sheet.finished()).isTrue();
        assertThat(sheet.lines()).extracting(CertificateLine::completed).containsExactlyInAnyOrder(true, true, true,
                true, false);
        List<CertificateDetails> issued = certificates.issueAll(cohort.id());
        assertThat(issued).hasSize(4);
    }
}
