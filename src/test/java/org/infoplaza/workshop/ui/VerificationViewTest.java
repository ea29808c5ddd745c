package org.infoplaza.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.CertificateDesk;
import org.infoplaza.workshop.CertificateDetails;
import org.infoplaza.workshop.CertificateService;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public verification page, opened by someone not signed in: a valid code (typed any way) shows what it
 * certifies and nothing about the person, a revoked one says so, a forged one is "not valid".
 */
@IntegrationTest
class VerificationViewTest extends SpringBrowserlessTest {

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

    CentreDetails centre;
    CourseDetails course;
    MemberSummary member;
    CertificateDetails certificate;

    @BeforeEach
    void setUp() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        centre = WorkshopDesk.centre(fixtures, centres);
        course = WorkshopDesk.course(courses);
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        long memberId = SystemAuthentication.call(() -> members.register(MemberRegistrations.aMember(centre.id())
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(ThreadLocalRandom.current().nextInt(1, 300)))
                .withWorkshopConsent().build()).id());
        SignedIn.as(facilitator);
        CohortDetails cohort = CertificateDesk.heldCohort(cohorts, enrolments, attendance, clock, course.id(),
                centre.id(), facilitator.id(), Map.of(memberId, 10));
        certificate = certificates.issue(cohort.id(), memberId);
        member = members.summariesOf(List.of(memberId)).getFirst();
        SignedIn.nobody();
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    VerificationView open(String path) {
        UI.getCurrent().navigate(path);
        return (VerificationView) getCurrentView();
    }

    @Test
    void a_valid_code_in_the_address_shows_what_it_certifies_but_not_who_holds_it() {
        VerificationView view = open("verificar/" + certificate.code().replace("-", "").toLowerCase(Locale.ROOT));

        assertThat(view.status.getText()).isEqualTo("Certificado válido");
        assertThat(view.code.getValue()).isEqualTo(certificate.code());
        String shown = view.details.getElement().getTextRecursively();
        assertThat(shown).contains(course.title(), "20", centre.name(),
                PanamaTime.dateFormat(UI.getCurrent().getLocale()).format(certificate.firstDay()),
                PanamaTime.dateFormat(UI.getCurrent().getLocale()).format(certificate.lastDay()));
        assertThat(view.getElement().getOuterHTML()).doesNotContain(member.givenNames(), member.surnames(),
                member.memberNumber());
    }

    @Test
    void a_code_typed_into_the_field_is_checked() {
        VerificationView view = open("verificar");
        assertThat(view.result.isVisible()).isFalse();

        test(view.code).setValue(" " + certificate.code().toLowerCase(Locale.ROOT) + " ");
        test(view.verify).click();

        assertThat(view.status.getText()).isEqualTo("Certificado válido");
    }

    @Test
    void a_revoked_certificate_says_so() {
        SystemAuthentication.run(() -> certificates.revoke(certificate.id(), "Emitido por error"));

        VerificationView view = open("verificar/" + certificate.code());

        assertThat(view.status.getText()).isEqualTo("Certificado revocado");
        assertThat(view.explanation.getText()).isEqualTo("Este certificado fue revocado y ya no es válido.");
    }

    @Test
    void a_forged_or_malformed_code_is_not_valid_and_no_error_page() {
        VerificationView view = open("verificar/ABCD-EFGH-JKLM");
        assertThat(view.status.getText()).isEqualTo("Código no válido");
        assertThat(view.details.isVisible()).isFalse();

        view = open("verificar/%27%3Cscript%3E");
        assertThat(view.status.getText()).isEqualTo("Código no válido");
    }
}
