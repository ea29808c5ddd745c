package org.infoplaza.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.workshop.WorkshopDesk.mondayAt;
import static org.infoplaza.workshop.WorkshopDesk.tuesdaysAndThursdays;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.AttendanceStatus;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.RosterLine;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Today's sessions and the attendance sheet on the workshop test centre (weekdays 08:00–12:00 and
 * 13:00–18:00): a cohort meets on Tuesdays and Thursdays 15:00–17:00 from the coming week, created while the
 * clock stands on the Monday before; each test then stands where it needs to be.
 */
@IntegrationTest
class AttendanceViewTest extends SpringBrowserlessTest {

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

    CentreDetails centre;
    StaffPrincipal facilitator;
    CohortDetails cohort;
    SessionDetails first;
    long ana;
    long beto;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = WorkshopDesk.centre(fixtures, centres);
        CourseDetails course = WorkshopDesk.course(courses);
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        ana = teen();
        beto = teen();
        SignedIn.as(facilitator);
        cohort = WorkshopDesk.cohort(cohorts, WorkshopDesk.cohortData(course.id(), centre.id(), 20, facilitator.id()),
                tuesdaysAndThursdays(5));
        enrolments.enrol(cohort.id(), ana);
        enrolments.enrol(cohort.id(), beto);
        first = cohort.sessions().getFirst();
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    private long teen() {
        return SystemAuthentication.call(() -> WorkshopDesk.teenWithConsent(members, centre.id()));
    }

    private AttendanceView open(SessionDetails session) {
        return navigate("attendance/" + session.id(), AttendanceView.class);
    }

    private AttendanceStatus stored(SessionDetails session, long memberId) {
        return attendance.sheet(session.id()).lines().stream().filter(l -> l.memberId() == memberId)
                .map(RosterLine::status).findFirst().orElseThrow();
    }

    private static Button tap(AttendanceView view, long memberId, AttendanceStatus status) {
        return view.rowByMember.get(memberId).buttons.get(status);
    }

    private String lastNotification() {
        return $(Notification.class).last().getElement().getProperty("text");
    }

    @Test
    void todays_sessions_show_the_facilitators_session_and_a_tap_opens_its_sheet() {
        clock.standAt(first.startsAt().minusMinutes(10));

        TodaySessionsView today = navigate(TodaySessionsView.class);

        assertThat(today.emptyState.isVisible()).isFalse();
        List<RouterLink> cards = $(RouterLink.class, today.cards).all();
        assertThat(cards).singleElement().satisfies(card -> assertThat(card.getElement().getTextRecursively())
                .contains("15:00", "17:00", cohort.name(), cohort.course().title(), "Sesión 1 de 10",
                        "0 de 2 con asistencia"));
        test(cards.getFirst()).click();
        assertThat(getCurrentView()).isInstanceOf(AttendanceView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("attendance/" + first.id());
    }

    @Test
    void a_day_without_sessions_says_so() {
        clock.standAt(mondayAt(10, 0));

        TodaySessionsView today = navigate(TodaySessionsView.class);

        assertThat(today.emptyState.isVisible()).isTrue();
        assertThat(today.emptyState.getText()).isEqualTo("No tiene sesiones hoy.");
        assertThat(today.cards.getChildren()).isEmpty();
    }

    @Test
    void taps_record_present_absent_and_excused_and_show_them_on_the_row() {
        clock.standAt(first.startsAt().plusMinutes(5));
        AttendanceView view = open(first);
        assertThat(view.counts.getText()).isEqualTo("Presentes: 0 · Ausentes: 0 · Justificados: 0 · Sin marcar: 2");
        AttendanceRow anaRow = view.rowByMember.get(ana);
        assertThat(anaRow.mark.getText()).isEqualTo("Sin marcar");

        test(tap(view, ana, AttendanceStatus.PRESENT)).click();
        test(tap(view, beto, AttendanceStatus.ABSENT)).click();

        assertThat(stored(first, ana)).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(stored(first, beto)).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(view.rowByMember.get(ana)).as("the same row, updated in place").isSameAs(anaRow);
        assertThat(anaRow.mark.getText()).isEqualTo("Presente");
        assertThat(anaRow.hasClassName("attendance-row-present")).isTrue();
        assertThat(tap(view, ana, AttendanceStatus.PRESENT).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(tap(view, ana, AttendanceStatus.ABSENT).getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(view.counts.getText()).isEqualTo("Presentes: 1 · Ausentes: 1 · Justificados: 0 · Sin marcar: 0");

        test(tap(view, beto, AttendanceStatus.EXCUSED)).click();

        assertThat(stored(first, beto)).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(view.rowByMember.get(beto).mark.getText()).isEqualTo("Justificado");
        assertThat(view.rowByMember.get(beto).hasClassName("attendance-row-absent")).isFalse();
        assertThat(view.counts.getText()).isEqualTo("Presentes: 1 · Ausentes: 0 · Justificados: 1 · Sin marcar: 0");
    }

    @Test
    void all_present_marks_only_the_unmarked_after_a_confirmation() {
        clock.standAt(first.startsAt().plusMinutes(5));
        AttendanceView view = open(first);
        test(tap(view, beto, AttendanceStatus.ABSENT)).click();

        test(view.allPresent).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).last();
        assertThat(confirm.getElement().getProperty("message")).contains("las 1 personas sin marca");
        test(confirm).confirm();

        assertThat(stored(first, ana)).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(stored(first, beto)).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(view.rowByMember.get(ana).mark.getText()).isEqualTo("Presente");
        assertThat(view.counts.getText()).isEqualTo("Presentes: 1 · Ausentes: 1 · Justificados: 0 · Sin marcar: 0");
    }

    @Test
    void the_first_session_links_to_the_initial_questionnaire_and_back_to_the_cohort() {
        clock.standAt(first.startsAt().plusMinutes(5));

        AttendanceView view = open(first);

        assertThat($(Anchor.class, view.questionnaires).all()).singleElement().satisfies(link -> {
            assertThat(link.getHref()).isEqualTo("questionnaire/" + first.id() + "/PRE");
            assertThat(link.getText()).isEqualTo("Cuestionario inicial");
        });
        assertThat(view.back.getHref()).isEqualTo("workshops/" + cohort.id());
        SessionDetails second = cohort.sessions().get(1);
        clock.standAt(second.startsAt().plusMinutes(5));
        assertThat(open(second).questionnaires.getChildren()).as("a session in the middle").isEmpty();
        SessionDetails last = cohort.sessions().getLast();
        clock.standAt(last.startsAt().plusMinutes(5));
        assertThat($(Anchor.class, open(last).questionnaires).all()).singleElement()
                .satisfies(link -> assertThat(link.getHref()).isEqualTo("questionnaire/" + last.id() + "/POST"));
    }

    @Test
    void a_visitor_found_by_name_joins_the_sheet_present() {
        clock.standAt(first.startsAt().plusMinutes(5));
        MemberRegistrations visitorData = MemberRegistrations.aMember(centre.id())
                .bornOn(java.time.LocalDate.now(org.infoplaza.shared.PanamaTime.ZONE).minusYears(16))
                .withWorkshopConsent();
        long visitor = SystemAuthentication.call(() -> members.register(visitorData.build())).id();
        AttendanceView view = open(first);

        test(view.addVisitor).click();
        test(view.visitorDialog.query).setValue(visitorData.surnames());
        List<Button> choices = $(Button.class, view.visitorDialog.choices).all();
        assertThat(choices).singleElement().satisfies(b -> assertThat(b.getText()).contains(visitorData.surnames()));
        test(choices.getFirst()).click();

        assertThat(view.visitorDialog.isOpened()).isFalse();
        assertThat(lastNotification()).contains("agregado(a) como visitante");
        assertThat(attendance.sheet(first.id()).lines()).filteredOn(l -> l.memberId() == visitor).singleElement()
                .satisfies(line -> {
                    assertThat(line.walkIn()).isTrue();
                    assertThat(line.status()).isEqualTo(AttendanceStatus.PRESENT);
                });
        AttendanceRow row = view.rowByMember.get(visitor);
        assertThat(row.mark.getText()).isEqualTo("Presente");
        assertThat(row.getElement().getTextRecursively()).contains("Visitante", "Menor de edad");
        assertThat(view.counts.getText()).endsWith("Sin marcar: 2");
    }

    @Test
    void a_visitor_already_on_the_roster_is_refused_with_the_reason() {
        clock.standAt(first.startsAt().plusMinutes(5));
        MemberSummary enrolled = members.summariesOf(List.of(ana)).getFirst();
        AttendanceView view = open(first);

        test(view.addVisitor).click();
        test(view.visitorDialog.query).setValue(enrolled.memberNumber());
        test($(Button.class, view.visitorDialog.choices).first()).click();

        assertThat(lastNotification()).isEqualTo("Esta persona ya está en la lista de la sesión.");
        assertThat(view.rowByMember).hasSize(2);
    }

    @Test
    void a_session_that_has_not_started_is_read_only_and_says_why() {
        AttendanceView view = open(first);

        assertThat(view.lockBanner.isVisible()).isTrue();
        assertThat(view.lockBanner.getText()).contains("La sesión aún no empieza");
        assertThat(view.allPresent.isVisible()).isFalse();
        assertThat(view.addVisitor.isVisible()).isFalse();
        assertThat(view.reopenBar.isVisible()).isFalse();
        assertThat(tap(view, ana, AttendanceStatus.PRESENT).isEnabled()).isFalse();
        assertThat(view.rowByMember.get(ana).mark.getText()).isEqualTo("Sin marcar");
    }

    @Test
    void a_locked_sheet_is_read_only_for_the_facilitator_and_an_administrator_reopens_it() {
        clock.standAt(first.startsAt().plusMinutes(5));
        attendance.mark(first.id(), ana, AttendanceStatus.PRESENT);
        clock.standAt(first.endsAt().plusDays(4));

        AttendanceView facilitatorsView = open(first);
        assertThat(facilitatorsView.lockBanner.getText()).contains("está cerrada");
        assertThat(facilitatorsView.reopenBar.isVisible()).as("only administrators reopen").isFalse();
        assertThat(tap(facilitatorsView, beto, AttendanceStatus.ABSENT).isEnabled()).isFalse();
        assertThat(facilitatorsView.rowByMember.get(ana).mark.getText()).isEqualTo("Presente");

        SignedIn.as(fixtures.staff(Role.ADMIN, centre.id()));
        AttendanceView view = open(first);
        assertThat(view.reopenBar.isVisible()).isTrue();
        test(view.reopenHours).setValue(3);
        test(view.reopen).click();

        assertThat(lastNotification()).startsWith("Asistencia reabierta hasta el");
        assertThat(view.lockBanner.isVisible()).isFalse();
        assertThat(view.reopenBar.isVisible()).isFalse();
        test(tap(view, beto, AttendanceStatus.ABSENT)).click();
        assertThat(stored(first, beto)).isEqualTo(AttendanceStatus.ABSENT);
    }

    @Test
    void a_facilitator_of_another_cohort_gets_not_found_as_for_a_session_that_does_not_exist() {
        clock.standAt(first.startsAt().plusMinutes(5));
        SignedIn.as(fixtures.staff(Role.FACILITATOR, centre.id()));

        UI.getCurrent().navigate("attendance/" + first.id());
        String otherCohort = getCurrentView().getClass().getSimpleName();
        String shown = getCurrentView().getElement().getTextRecursively();
        UI.getCurrent().navigate("attendance/999999999");
        String unknown = getCurrentView().getClass().getSimpleName();

        assertThat(otherCohort).isNotEqualTo("AttendanceView").isEqualTo(unknown);
        assertThat(shown).doesNotContain(cohort.name());
        assertThat(navigate(TodaySessionsView.class).emptyState.isVisible()).isTrue();
    }
}
