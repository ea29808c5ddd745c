package org.infoplaza.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cohort's certificates page after its ten sessions were held: one member attended eight (80 %, completed),
 * another seven. The facilitator issues from the page; an operator revokes with a reason; before the last
 * session is over the page says certificates come later.
 */
@IntegrationTest
class CertificatesViewTest extends SpringBrowserlessTest {

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

    StaffPrincipal facilitator;
    StaffPrincipal operator;
    MemberSummary eight;
    MemberSummary seven;
    CohortDetails cohort;

    @BeforeEach
    void setUp() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        long courseId = WorkshopDesk.course(courses).id();
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        long eightId = teen(centre.id());
        long sevenId = teen(centre.id());
        SignedIn.as(facilitator);
        cohort = CertificateDesk.heldCohort(cohorts, enrolments, attendance, clock, courseId, centre.id(),
                facilitator.id(), Map.of(eightId, 8, sevenId, 7));
        eight = members.summariesOf(List.of(eightId)).getFirst();
        seven = members.summariesOf(List.of(sevenId)).getFirst();
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    long teen(long centreId) {
        return SystemAuthentication.call(() -> members.register(MemberRegistrations.aMember(centreId)
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(ThreadLocalRandom.current().nextInt(1, 300)))
                .withWorkshopConsent().build()).id());
    }

    CertificatesView open() {
        UI.getCurrent().navigate("workshops/" + cohort.id() + "/certificates");
        return (CertificatesView) getCurrentView();
    }

    int row(CertificatesView view, MemberSummary member) {
        for (int i = 0; i < test(view.grid).size(); i++) {
            if (test(view.grid).getCellText(i, 0).equals(member.memberNumber())) {
                return i;
            }
        }
        throw new AssertionError("no row for " + member.memberNumber());
    }

    <T extends Component> Optional<T> action(CertificatesView view, MemberSummary member, Class<T> type,
            String className) {
        Component actions = test(view.grid).getCellComponent(row(view, member), "actions");
        return actions.getChildren().filter(type::isInstance).map(type::cast)
                .filter(c -> c.getElement().getClassList().contains(className)).findFirst();
    }

    String lastNotification() {
        return $(Notification.class).last().getElement().getProperty("text");
    }

    @Test
    void the_facilitator_issues_a_certificate_to_who_completed_and_can_download_it() {
        CertificatesView view = open();

        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(view.notFinished.isVisible()).isFalse();
        assertThat(test(view.grid).getCellText(row(view, eight), 2)).isEqualTo("8 de 10 (80 %)");
        assertThat(test(view.grid).getCellText(row(view, seven), 3)).isEqualTo("No completó");
        assertThat(action(view, seven, Button.class, "issue")).as("nothing to issue below the threshold").isEmpty();

        test(action(view, eight, Button.class, "issue").orElseThrow()).click();

        CertificateDetails issued = certificates.list(cohort.id()).getFirst();
        assertThat(issued.memberId()).isEqualTo(eight.id());
        assertThat(lastNotification()).isEqualTo("Certificado " + issued.code() + " emitido");
        assertThat(test(view.grid).getCellText(row(view, eight), 4)).isEqualTo(issued.code());
        assertThat(action(view, eight, Button.class, "issue")).isEmpty();
        assertThat(action(view, eight, Anchor.class, "download")).isPresent();
        assertThat(action(view, eight, Button.class, "revoke")).as("facilitators do not revoke").isEmpty();
        assertThat(view.issueAll.isEnabled()).isFalse();
    }

    @Test
    void an_operator_issues_all_and_revokes_one_with_a_reason() {
        SignedIn.as(operator);
        CertificatesView view = open();
        test(view.issueAll).click();

        assertThat(lastNotification()).isEqualTo("Certificados emitidos: 1");
        CertificateDetails issued = certificates.list(cohort.id()).getFirst();
        test(action(view, eight, Button.class, "revoke").orElseThrow()).click();
        RevokeCertificateDialog dialog = $(RevokeCertificateDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(certificates.verify(issued.code()).orElseThrow().valid()).isTrue();

        test(dialog.reason).setValue("Asistencia mal registrada");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Certificado " + issued.code() + " revocado");
        assertThat(certificates.verify(issued.code()).orElseThrow().revoked()).isTrue();
        assertThat(test(view.grid).getCellText(row(view, eight), 4)).isEqualTo(issued.code() + " (revocado)");
        assertThat(action(view, eight, Button.class, "issue")).as("a new one can be issued").isPresent();
    }

    @Test
    void before_the_last_session_is_over_the_page_says_certificates_come_later() {
        clock.standAt(cohort.sessions().getLast().startsAt());
        CertificatesView view = open();

        assertThat(view.notFinished.isVisible()).isTrue();
        assertThat(view.issueAll.isEnabled()).isFalse();
        assertThat(action(view, eight, Button.class, "issue")).isEmpty();
    }

    @Test
    void another_facilitator_gets_not_found() {
        SignedIn.as(fixtures.staff(Role.FACILITATOR, cohort.centreId()));

        UI.getCurrent().navigate("workshops/" + cohort.id() + "/certificates");

        assertThat(getCurrentView()).isNotInstanceOf(CertificatesView.class);
    }
}
