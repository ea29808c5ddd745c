package org.infoplaza.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.infoplaza.workshop.WorkshopDesk.mondayAt;
import static org.infoplaza.workshop.WorkshopDesk.tuesdaysAndThursdays;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
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
 * The pre/post questionnaire of a cohort that meets on Tuesdays and Thursdays 15:00–17:00 for two weeks:
 * PRE at the first session, POST at the last, answers on the session's day from 30 minutes before the
 * start, one answer from 1 to 5 per statement (the course has two), replaced when given again, and results
 * that show only means of five people or more.
 */
@IntegrationTest
class QuestionnaireServiceIntegrationTest {

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AttendanceService attendance;

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
    StaffPrincipal facilitator;
    CohortDetails cohort;
    SessionDetails first;
    SessionDetails middle;
    SessionDetails last;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = WorkshopDesk.centre(fixtures, centres);
        CourseDetails course = WorkshopDesk.course(courses);
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        SignedIn.as(facilitator);
        cohort = WorkshopDesk.cohort(cohorts, WorkshopDesk.cohortData(course.id(), centre.id(), 20, facilitator.id()),
                tuesdaysAndThursdays(2));
        List<SessionDetails> sessions = cohort.sessions();
        first = sessions.getFirst();
        middle = sessions.get(1);
        last = sessions.getLast();
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    long enrolled() {
        long member = SystemAuthentication.call(() -> WorkshopDesk.teenWithConsent(members, centre.id()));
        enrolments.enrol(cohort.id(), member);
        return member;
    }

    void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    void standAtStartOf(SessionDetails session) {
        clock.standAt(session.startsAt());
    }

    @Test
    void the_first_session_asks_before_the_course_and_the_last_after_it() {
        assertThat(questionnaires.questions(first.id()).phases()).containsExactly(Phase.PRE);
        assertThat(questionnaires.questions(last.id()).phases()).containsExactly(Phase.POST);
        QuestionnaireSheet inBetween = questionnaires.questions(middle.id());
        assertThat(inBetween.phases()).isEmpty();
        assertThat(inBetween.closedReasonKey()).isEqualTo("questionnaire.closed.not-first-or-last");
        assertThat(questionnaires.questions(first.id()).questions())
                .containsExactly("Sé cómo calmarme cuando me enojo", "Puedo decir que no sin pelear");

        long member = enrolled();
        standAtStartOf(last);
        assertRefused(() -> questionnaires.record(last.id(), member, Phase.PRE, List.of(3, 3)),
                "questionnaire.phase.only-post");
        standAtStartOf(middle);
        assertRefused(() -> questionnaires.record(middle.id(), member, Phase.POST, List.of(3, 3)),
                "questionnaire.closed.not-first-or-last");
    }

    @Test
    void cancelling_the_last_session_moves_the_post_questionnaire_to_the_one_before() {
        SystemAuthentication.run(() -> cohorts.cancelSession(last.id(), last.version()));

        assertThat(questionnaires.questions(cohort.sessions().get(2).id()).phases()).containsExactly(Phase.POST);
        assertThat(questionnaires.questions(last.id()).closedReasonKey()).isEqualTo("questionnaire.closed.cancelled");
    }

    @Test
    void answers_are_taken_on_the_sessions_day_from_half_an_hour_before_the_start() {
        long member = enrolled();

        assertRefused(() -> questionnaires.record(first.id(), member, Phase.PRE, List.of(3, 3)),
                "questionnaire.closed.future");
        assertThat(questionnaires.questions(first.id()).open()).isFalse();

        clock.standAt(first.startsAt().minusMinutes(30));
        questionnaires.record(first.id(), member, Phase.PRE, List.of(3, 3));

        clock.standAt(first.startsAt().plusDays(1).withHour(9));
        assertThat(questionnaires.questions(first.id()).closedReasonKey()).isEqualTo("questionnaire.closed.not-today");
        assertRefused(() -> questionnaires.record(first.id(), member, Phase.PRE, List.of(4, 4)),
                "questionnaire.closed.not-today");
    }

    @Test
    void every_statement_needs_one_answer_from_one_to_five() {
        long member = enrolled();
        standAtStartOf(first);

        assertRefused(() -> questionnaires.record(first.id(), member, Phase.PRE, List.of(3)), "questionnaire.answers.count");
        assertRefused(() -> questionnaires.record(first.id(), member, Phase.PRE, List.of(3, 3, 3)),
                "questionnaire.answers.count");
        assertRefused(() -> questionnaires.record(first.id(), member, Phase.PRE, List.of(0, 3)),
                "questionnaire.answers.range");
        assertRefused(() -> questionnaires.record(first.id(), member, Phase.PRE, List.of(3, 6)),
                "questionnaire.answers.range");
        assertRefused(() -> questionnaires.record(first.id(), member, null, List.of(3, 3)), "questionnaire.phase.required");
        assertThat(answersOf(member, Phase.PRE)).isEmpty();
    }

    @Test
    void only_the_enrolled_and_walk_ins_present_may_answer() {
        long stranger = SystemAuthentication.call(() -> WorkshopDesk.teenWithConsent(members, centre.id()));
        long walkIn = SystemAuthentication.call(() -> WorkshopDesk.teenWithConsent(members, centre.id()));
        long leaver = enrolled();
        enrolments.withdraw(cohort.id(), leaver);
        standAtStartOf(first);
        attendance.addWalkIn(first.id(), walkIn);

        assertRefused(() -> questionnaires.record(first.id(), stranger, Phase.PRE, List.of(3, 3)),
                "questionnaire.not-on-roster");
        assertRefused(() -> questionnaires.record(first.id(), leaver, Phase.PRE, List.of(3, 3)),
                "questionnaire.not-on-roster");
        questionnaires.record(first.id(), walkIn, Phase.PRE, List.of(2, 4));

        assertThat(questionnaires.questions(first.id()).respondents()).singleElement().satisfies(r -> {
            assertThat(r.memberId()).isEqualTo(walkIn);
            assertThat(r.walkIn()).isTrue();
            assertThat(r.answered()).containsExactly(Phase.PRE);
        });
    }

    @Test
    void a_second_answer_replaces_the_first_and_the_sheet_ticks_who_answered() {
        long ana = enrolled();
        long beto = enrolled();
        standAtStartOf(first);

        questionnaires.record(first.id(), ana, Phase.PRE, List.of(1, 2));
        questionnaires.record(first.id(), ana, Phase.PRE, List.of(5, 4));

        assertThat(answersOf(ana, Phase.PRE)).containsExactly(5, 4);
        assertThat(questionnaires.questions(first.id()).respondents())
                .filteredOn(r -> r.memberId() == ana).singleElement()
                .satisfies(r -> assertThat(r.answered()).containsExactly(Phase.PRE));
        assertThat(questionnaires.questions(first.id()).respondents())
                .filteredOn(r -> r.memberId() == beto).singleElement()
                .satisfies(r -> assertThat(r.answered()).isEmpty());
    }

    @Test
    void results_show_means_and_change_only_from_five_people_or_more() {
        List<Long> people = IntStream.range(0, 5).mapToObj(i -> enrolled()).toList();
        standAtStartOf(first);
        int[][] before = {{1, 2}, {2, 2}, {3, 2}, {4, 2}, {5, 3}};
        for (int i = 0; i < 5; i++) {
            questionnaires.record(first.id(), people.get(i), Phase.PRE, List.of(before[i][0], before[i][1]));
        }
        standAtStartOf(last);
        int[][] after = {{5, 4}, {5, 4}, {4, 4}, {4, 4}, {5, 4}};
        for (int i = 0; i < 4; i++) {
            questionnaires.record(last.id(), people.get(i), Phase.POST, List.of(after[i][0], after[i][1]));
        }

        QuestionnaireItemResult calm = questionnaires.results(cohort.id()).items().getFirst();
        assertThat(calm.preAnswers()).isEqualTo(5);
        assertThat(calm.preMean()).isEqualByComparingTo("3.0");
        assertThat(calm.postAnswers()).isEqualTo(4);
        assertThat(calm.postMean()).as("four people only").isNull();
        assertThat(calm.postSuppressed()).isTrue();
        assertThat(calm.change()).isNull();

        questionnaires.record(last.id(), people.get(4), Phase.POST, List.of(after[4][0], after[4][1]));

        List<QuestionnaireItemResult> items = questionnaires.results(cohort.id()).items();
        assertThat(items).extracting(QuestionnaireItemResult::position, QuestionnaireItemResult::preMean,
                        QuestionnaireItemResult::postMean, QuestionnaireItemResult::change)
                .containsExactly(
                        tuple(1, new BigDecimal("3.0"), new BigDecimal("4.6"), new BigDecimal("1.6")),
                        tuple(2, new BigDecimal("2.2"), new BigDecimal("4.0"), new BigDecimal("1.8")));
    }

    @Test
    void a_facilitator_of_another_cohort_neither_sees_nor_records_the_questionnaire() {
        long member = enrolled();
        standAtStartOf(first);
        SignedIn.as(fixtures.staff(Role.FACILITATOR, centre.id()));

        assertThatThrownBy(() -> questionnaires.questions(first.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> questionnaires.record(first.id(), member, Phase.PRE, List.of(3, 3)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> questionnaires.results(cohort.id())).isInstanceOf(NotFoundException.class);
    }

    List<Integer> answersOf(long member, Phase phase) {
        return jdbc.queryForList("SELECT answer FROM questionnaire_answer WHERE cohort_id = ? AND member_id = ?"
                + " AND phase = ? ORDER BY position", Integer.class, cohort.id(), member, phase.name());
    }
}
