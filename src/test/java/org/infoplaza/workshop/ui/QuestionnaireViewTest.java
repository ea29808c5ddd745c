package org.infoplaza.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
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
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.Phase;
import org.infoplaza.workshop.QuestionnaireRespondent;
import org.infoplaza.workshop.QuestionnaireService;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tablet that goes round the room at a cohort's first session: the facilitator taps a name, the person
 * taps one of five buttons per statement and saves, and the name gets its tick; the cohort's results then
 * show means only from five people on.
 */
@IntegrationTest
class QuestionnaireViewTest extends SpringBrowserlessTest {

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
    MemberService members;

    @Autowired
    QuestionnaireService questionnaires;

    CentreDetails centre;
    CohortDetails cohort;
    SessionDetails first;
    SessionDetails last;
    long ana;
    long beto;
    final Map<Long, String> names = new HashMap<>();

    @BeforeEach
    void setUp() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        centre = WorkshopDesk.centre(fixtures, centres);
        CourseDetails course = WorkshopDesk.course(courses);
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        SignedIn.as(facilitator);
        cohort = WorkshopDesk.cohort(cohorts, WorkshopDesk.cohortData(course.id(), centre.id(), 20, facilitator.id()),
                WorkshopDesk.tuesdaysAndThursdays(1));
        first = cohort.sessions().getFirst();
        last = cohort.sessions().getLast();
        ana = teen();
        beto = teen();
        clock.standAt(first.startsAt());
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    /** A 15-year-old with a unique name (so no one looks like a duplicate), enrolled in the cohort. */
    long teen() {
        MemberRegistrations registration = MemberRegistrations.aMember(centre.id())
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(40)).withWorkshopConsent();
        long id = SystemAuthentication.call(() -> members.register(registration.build())).id();
        names.put(id, registration.givenNames() + " " + registration.surnames());
        enrolments.enrol(cohort.id(), id);
        return id;
    }

    QuestionnaireView open(SessionDetails session, Phase phase) {
        return navigate("questionnaire/" + session.id() + "/" + phase.name(), QuestionnaireView.class);
    }

    QuestionnaireRespondent respondent(long memberId) {
        return questionnaires.questions(first.id()).respondents().stream().filter(r -> r.memberId() == memberId)
                .findFirst().orElseThrow();
    }

    String lastNotification() {
        return $(Notification.class).last().getElement().getProperty("text");
    }

    @Test
    void a_person_is_picked_answers_with_big_buttons_and_gets_a_tick() {
        QuestionnaireView view = open(first, Phase.PRE);
        assertThat(view.title.getText()).isEqualTo("Cuestionario de entrada");
        assertThat(view.closedBanner.isVisible()).isFalse();
        assertThat(view.progress.getText()).isEqualTo("0 de 2 respondieron");
        assertThat(view.save.isVisible()).as("nobody picked yet").isFalse();

        test(view.personButtons.get(ana)).click();
        assertThat(view.answering.getText()).isEqualTo("Responde: " + names.get(ana));
        assertThat(view.rows).hasSize(2);
        assertThat(view.rows.getFirst().choices).hasSize(5);
        test(view.rows.get(0).choices.get(4)).click();
        test(view.rows.get(1).choices.get(3)).click();
        test(view.save).click();

        assertThat(lastNotification()).isEqualTo("Respuestas guardadas. Pase la tableta a la siguiente persona.");
        assertThat(respondent(ana).answered()).containsExactly(Phase.PRE);
        assertThat(view.progress.getText()).isEqualTo("1 de 2 respondieron");
        assertThat(view.personButtons.get(ana).hasClassName("answered")).isTrue();
        assertThat(view.personButtons.get(beto).hasClassName("answered")).isFalse();
        assertThat(view.save.isVisible()).as("ready for the next person").isFalse();
    }

    @Test
    void a_statement_left_unanswered_is_said_and_nothing_is_saved() {
        QuestionnaireView view = open(first, Phase.PRE);
        test(view.personButtons.get(beto)).click();
        test(view.rows.get(0).choices.get(2)).click();
        test(view.save).click();

        assertThat(lastNotification()).isEqualTo("Falta responder 1 afirmación(es).");
        assertThat(respondent(beto).answered()).isEmpty();
    }

    @Test
    void the_wrong_phase_for_the_session_is_explained_and_nobody_can_be_picked() {
        QuestionnaireView view = open(first, Phase.POST);

        assertThat(view.closedBanner.isVisible()).isTrue();
        assertThat(view.closedBanner.getText()).startsWith("Esta es la primera sesión del grupo");
        assertThat(view.personButtons.values()).allSatisfy(button -> assertThat(button.isEnabled()).isFalse());
    }

    @Test
    void results_show_means_from_five_people_and_hide_smaller_groups() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        List<Long> more = List.of(teen(), teen(), teen());
        clock.standAt(first.startsAt());
        List<Long> everyone = List.of(ana, beto, more.get(0), more.get(1), more.get(2));
        for (int i = 0; i < everyone.size(); i++) {
            questionnaires.record(first.id(), everyone.get(i), Phase.PRE, List.of(i + 1, 2));
        }
        clock.standAt(last.startsAt());
        questionnaires.record(last.id(), ana, Phase.POST, List.of(5, 5));

        QuestionnaireResultsView view = navigate("workshops/" + cohort.id() + "/questionnaire",
                QuestionnaireResultsView.class);

        assertThat(test(view.items).size()).isEqualTo(2);
        assertThat(test(view.items).getCellText(0, 0)).isEqualTo("1. Sé cómo calmarme cuando me enojo");
        assertThat(test(view.items).getCellText(0, 1)).matches("3[.,]0");
        assertThat(test(view.items).getCellText(0, 2)).isEqualTo("<5");
        assertThat(test(view.items).getCellText(0, 3)).isEqualTo("<5");
        assertThat(test(view.items).getCellText(0, 4)).isEqualTo("5");
        assertThat(test(view.items).getCellText(0, 5)).isEqualTo("<5");
        assertThat(view.note.getText()).contains("menos de 5 personas");
    }
}
