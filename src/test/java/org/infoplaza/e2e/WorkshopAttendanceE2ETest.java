package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.AttendanceStatus;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A facilitator takes attendance on the tablet: from today's sessions to the sheet, one tap on "Presente"
 * for an enrolled teenager, and the mark is stored and shown on the row. The cohort is created while the
 * clock stands on the coming Monday; then the clock stands five minutes into its first session (a Tuesday
 * at 15:05, inside the workshop centre's hours).
 */
@EndToEndTest
class WorkshopAttendanceE2ETest {

    @LocalServerPort
    int port;

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
    EnrolmentService enrolments;

    @Autowired
    AttendanceService attendance;

    @Autowired
    MemberService members;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void a_facilitator_marks_an_enrolled_member_present_from_todays_sessions() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        long courseId = WorkshopDesk.course(courses).id();
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        MemberDetails teen = SystemAuthentication.call(() -> members.register(MemberRegistrations.aMember(centre.id())
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(40)).withWorkshopConsent().build()));
        String name = teen.givenNames() + " " + teen.surnames();
        SignedIn.as(facilitator);
        CohortDetails cohort = WorkshopDesk.cohort(cohorts,
                WorkshopDesk.cohortData(courseId, centre.id(), 12, facilitator.id()), WorkshopDesk.tuesdaysAndThursdays(2));
        enrolments.enrol(cohort.id(), teen.id());
        SessionDetails first = cohort.sessions().getFirst();
        SignedIn.nobody();
        clock.standAt(first.startsAt().plusMinutes(5));

        try (Browser browser = new Browser(port)) {
            try {
                browser.signIn(facilitator.getUsername(), Fixtures.STAFF_PASSWORD);
                browser.open("workshops/today");
                browser.waitUntil(By.cssSelector(".today-sessions"), cohort.name());
                browser.screenshot("workshop-today");
                browser.reveal(By.xpath("//a[contains(@class,'today-session')][contains(., '" + cohort.name() + "')]"))
                        .click();

                String row = "//div[contains(concat(' ', @class, ' '), ' attendance-row ')][contains(., '" + name + "')]";
                browser.waitUntil(By.xpath(row), "Sin marcar");
                browser.reveal(By.xpath(row + "//vaadin-button[normalize-space(.)='Presente']")).click();

                browser.waitUntil(By.xpath(row + "//span[contains(@class,'attendance-mark')]"), "Presente");
                browser.waitUntil(By.cssSelector(".attendance-counts"), "Presentes: 1");
                browser.screenshot("workshop-attendance-marked");
                assertThat(browser.driver.findElement(By.xpath(row)).getAttribute("class"))
                        .contains("attendance-row-present");
                SignedIn.as(facilitator);
                assertThat(attendance.sheet(first.id()).lines()).singleElement().satisfies(line -> {
                    assertThat(line.memberId()).isEqualTo(teen.id());
                    assertThat(line.status()).isEqualTo(AttendanceStatus.PRESENT);
                });
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("workshop-attendance-failure");
                throw e;
            }
        }
    }
}
