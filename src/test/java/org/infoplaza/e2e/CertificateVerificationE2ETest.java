package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
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
import org.infoplaza.workshop.CertificateDesk;
import org.infoplaza.workshop.CertificateDetails;
import org.infoplaza.workshop.CertificateService;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Someone holding a certificate opens its verification address in a browser, without signing in, and sees
 * that it is valid and for which course; a forged code is "not valid".
 */
@EndToEndTest
class CertificateVerificationE2ETest {

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

    @Autowired
    CertificateService certificates;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void anyone_verifies_a_certificate_by_its_address_and_a_forged_code_is_not_valid() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        CourseDetails course = WorkshopDesk.course(courses);
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        long member = SystemAuthentication.call(() -> members.register(MemberRegistrations.aMember(centre.id())
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(ThreadLocalRandom.current().nextInt(1, 300)))
                .withWorkshopConsent().build()).id());
        SignedIn.as(facilitator);
        CohortDetails cohort = CertificateDesk.heldCohort(cohorts, enrolments, attendance, clock, course.id(),
                centre.id(), facilitator.id(), Map.of(member, 9));
        CertificateDetails certificate = certificates.issue(cohort.id(), member);
        SignedIn.nobody();

        try (Browser browser = new Browser(port)) {
            try {
                browser.open("verificar/" + certificate.code());
                browser.waitUntil(By.cssSelector(".verification-status"), "válido");
                assertThat(browser.driver.findElement(By.cssSelector(".verification-status")).getText())
                        .isEqualTo("Certificado válido");
                assertThat(browser.driver.findElement(By.cssSelector(".verification-result")).getText())
                        .contains(course.title(), centre.name());
                browser.screenshot("certificate-valid");

                browser.open("verificar/ABCD-EFGH-JKLM");
                browser.waitUntil(By.cssSelector(".verification-status"), "no válido");
                assertThat(browser.driver.findElement(By.cssSelector(".verification-status")).getText())
                        .isEqualTo("Código no válido");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("certificate-verification-failure");
                throw e;
            }
        }
    }
}
