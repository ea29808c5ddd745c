package org.infoplaza.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.infoplaza.workshop.WorkshopDesk.monday;
import static org.infoplaza.workshop.WorkshopDesk.mondayAt;
import static org.infoplaza.workshop.WorkshopDesk.tuesdaysAndThursdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureData;
import org.infoplaza.centre.ClosureKind;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.testing.AtOnce;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Cohorts from a weekly pattern, enrolment with its waitlist, the overlap rule, attendance and completion.
 * The centre is open on weekdays 08:00–12:00 and 13:00–18:00; the clock stands on the coming Monday at
 * 09:00, and the cohorts meet on Tuesdays and Thursdays 15:00–17:00.
 */
@IntegrationTest
@RecordApplicationEvents
class WorkshopServiceIntegrationTest {

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
    WorkshopHistory history;

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    CentreDetails centre;
    CourseDetails course;
    StaffPrincipal facilitator;
    StaffPrincipal operator;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = WorkshopDesk.centre(fixtures, centres);
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

    CohortDetails cohort(int capacity) {
        return WorkshopDesk.cohort(cohorts, WorkshopDesk.cohortData(course.id(), centre.id(), capacity, facilitator.id()),
                tuesdaysAndThursdays(5));
    }

    void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    long teen() {
        return SystemAuthentication.call(() -> WorkshopDesk.teenWithConsent(members, centre.id()));
    }

    // --- sessions from a weekly pattern ---

    @Test
    void a_weekly_pattern_gives_every_meeting_and_skips_the_centres_closures() {
        LocalDate secondThursday = monday().plusDays(10);
        SystemAuthentication.run(() -> centres.addClosure(centre.id(),
                new ClosureData(secondThursday, secondThursday, ClosureKind.HOLIDAY, "Feriado")));

        SessionPlan plan = cohorts.plan(centre.id(), tuesdaysAndThursdays(5));

        assertThat(plan.sessions()).hasSize(9);
        assertThat(plan.sessions()).allSatisfy(s -> {
            assertThat(s.start().toLocalTime()).isEqualTo(LocalTime.of(15, 0));
            assertThat(s.start().getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        });
        assertThat(plan.skipped()).singleElement().satisfies(day -> {
            assertThat(day.day()).isEqualTo(secondThursday);
            assertThat(day.reasonKey()).isEqualTo("workshop.plan.skipped.closure");
        });
    }

    @Test
    void a_pattern_outside_the_opening_hours_is_skipped_day_by_day() {
        WeeklyPattern evenings = new WeeklyPattern(monday(), 2, Set.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
                LocalTime.of(17, 0), LocalTime.of(19, 0));

        SessionPlan plan = cohorts.plan(centre.id(), evenings);

        assertThat(plan.sessions()).isEmpty();
        assertThat(plan.skipped()).hasSize(4).allMatch(d -> d.reasonKey().equals("workshop.plan.skipped.hours"));
    }

    @Test
    void a_cohort_is_created_with_its_sessions_and_its_facilitator() {
        CohortDetails cohort = cohort(20);

        assertThat(cohort.sessions()).hasSize(10);
        assertThat(cohort.sessions()).extracting(SessionDetails::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(cohort.facilitators()).extracting(f -> f.id()).containsExactly(facilitator.id());
        assertThat(cohorts.list(centre.id())).extracting(CohortSummary::id).contains(cohort.id());
    }

    @Test
    void sessions_that_break_the_centres_rules_are_refused_and_nothing_is_saved() {
        CohortData data = WorkshopDesk.cohortData(course.id(), centre.id(), 20, facilitator.id());
        LocalDate tuesday = monday().plusDays(1);
        LocalDate saturday = monday().plusDays(5);
        Long before = jdbc.queryForObject("SELECT COUNT(*) FROM cohort", Long.class);

        assertRefused(() -> cohorts.create(data, List.of(new SessionTime(tuesday.atTime(17, 0), tuesday.atTime(15, 0)))),
                "workshop.session.end-before-start");
        assertRefused(() -> cohorts.create(data, List.of(new SessionTime(saturday.atTime(9, 0), saturday.atTime(11, 0)))),
                "workshop.session.outside-hours");
        assertRefused(() -> cohorts.create(data, List.of(new SessionTime(tuesday.atTime(11, 0), tuesday.atTime(14, 0)))),
                "workshop.session.outside-hours");
        assertRefused(() -> cohorts.create(data, List.of(new SessionTime(monday().minusDays(7).atTime(9, 0),
                monday().minusDays(7).atTime(10, 0)))), "workshop.session.past");
        assertRefused(() -> cohorts.create(data, List.of()), "workshop.cohort.sessions.required");
        SystemAuthentication.run(() -> centres.addClosure(centre.id(),
                new ClosureData(tuesday, tuesday, ClosureKind.ONE_OFF, "Fumigación")));
        assertRefused(() -> cohorts.create(data, List.of(new SessionTime(tuesday.atTime(15, 0), tuesday.atTime(17, 0)))),
                "workshop.session.closed");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cohort", Long.class)).isEqualTo(before);
    }

    @Test
    void today_is_not_a_past_day_only_its_earlier_hours_are_past() {
        CohortData data = WorkshopDesk.cohortData(course.id(), centre.id(), 20, facilitator.id());
        clock.standAt(mondayAt(15, 30));

        assertThatThrownBy(() -> cohorts.create(data, List.of(new SessionTime(monday().atTime(13, 0),
                monday().atTime(14, 0))))).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("workshop.session.past-hour");
                    assertThat(e.arguments()).containsExactly("13:00");
                });
        CohortDetails later = cohorts.create(data, List.of(new SessionTime(monday().atTime(16, 0),
                monday().atTime(17, 0))));
        assertThat(later.sessions()).hasSize(1);
    }

    @Test
    void a_facilitator_of_another_centre_cannot_run_the_cohort() {
        CentreDetails other = WorkshopDesk.centre(fixtures, centres);
        StaffPrincipal elsewhere = fixtures.staff(Role.FACILITATOR, other.id());
        SignedIn.as(operator);
        CohortData data = WorkshopDesk.cohortData(course.id(), centre.id(), 20, elsewhere.id());

        assertRefused(() -> WorkshopDesk.cohort(cohorts, data, tuesdaysAndThursdays(1)),
                "workshop.cohort.facilitator.not-at-centre");
    }

    @Test
    void facilitators_see_only_their_own_cohorts_and_operators_all_of_their_centre() {
        CohortDetails mine = cohort(20);
        StaffPrincipal colleague = fixtures.staff(Role.FACILITATOR, centre.id());
        SignedIn.as(colleague);
        CohortDetails theirs = cohort(20);

        assertThat(cohorts.list(centre.id())).extracting(CohortSummary::id).containsExactly(theirs.id());
        assertThatThrownBy(() -> cohorts.get(mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enrolments.roster(mine.id())).isInstanceOf(NotFoundException.class);

        SignedIn.as(operator);
        assertThat(cohorts.list(centre.id())).extracting(CohortSummary::id).contains(mine.id(), theirs.id());
    }

    // --- enrolment ---

    @Test
    void enrolment_checks_age_and_the_guardians_workshop_consent() {
        CohortDetails cohort = cohort(20);
        long adult = SystemAuthentication.call(() -> WorkshopDesk.adult(members, centre.id()));
        long noConsent = SystemAuthentication.call(() -> WorkshopDesk.teenWithoutWorkshopConsent(members, centre.id()));
        long allowed = teen();

        assertRefused(() -> enrolments.enrol(cohort.id(), adult), "workshop.enrol.age");
        assertRefused(() -> enrolments.enrol(cohort.id(), noConsent), "member.eligibility.no-consent.WORKSHOPS");
        EnrolmentDetails enrolled = enrolments.enrol(cohort.id(), allowed);

        assertThat(enrolled.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolments.roster(cohort.id())).extracting(EnrolmentDetails::memberId).containsExactly(allowed);
        assertRefused(() -> enrolments.enrol(cohort.id(), allowed), "workshop.enrol.already");
    }

    @Test
    void enrolment_outside_its_window_is_refused() {
        CohortData data = WorkshopDesk.cohortData(course.id(), centre.id(), 20, facilitator.id());
        CohortData later = new CohortData(data.courseId(), data.centreId(), data.name(), 20, monday().plusDays(3),
                monday().plusDays(10), data.facilitatorIds(), 0);
        CohortDetails cohort = WorkshopDesk.cohort(cohorts, later, tuesdaysAndThursdays(3));

        assertRefused(() -> enrolments.enrol(cohort.id(), teen()), "workshop.enrol.window");
    }

    @Test
    void a_full_cohort_puts_people_on_the_waitlist_in_order() {
        CohortDetails cohort = cohort(1);
        long first = teen();
        long second = teen();
        long third = teen();

        enrolments.enrol(cohort.id(), first);
        EnrolmentDetails waiting = enrolments.enrol(cohort.id(), second);
        enrolments.enrol(cohort.id(), third);

        assertThat(waiting.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(enrolments.roster(cohort.id())).extracting(EnrolmentDetails::memberId, EnrolmentDetails::waitlistPosition)
                .containsExactly(tuple(first, 0),
                        tuple(second, 1), tuple(third, 2));
    }

    @Test
    void a_withdrawal_promotes_the_first_on_the_waitlist_and_tells_them() {
        CohortDetails cohort = cohort(1);
        long first = teen();
        long second = teen();
        enrolments.enrol(cohort.id(), first);
        enrolments.enrol(cohort.id(), second);

        enrolments.withdraw(cohort.id(), first);

        assertThat(enrolments.roster(cohort.id())).singleElement().satisfies(e -> {
            assertThat(e.memberId()).isEqualTo(second);
            assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        });
        assertThat(events.stream(EnrolmentPromoted.class)).containsExactly(new EnrolmentPromoted(cohort.id(), second));
    }

    @Test
    void two_withdrawals_at_once_promote_two_different_people() throws Exception {
        CohortDetails cohort = cohort(2);
        long a = teen();
        long b = teen();
        long c = teen();
        long d = teen();
        long e = teen();
        for (long member : List.of(a, b, c, d, e)) {
            enrolments.enrol(cohort.id(), member);
        }

        List<AtOnce.Outcome<Boolean>> outcomes = AtOnce.race(List.of(facilitator, operator), List.of(
                () -> {
                    enrolments.withdraw(cohort.id(), a);
                    return true;
                },
                () -> {
                    enrolments.withdraw(cohort.id(), b);
                    return true;
                }));

        assertThat(outcomes).noneMatch(AtOnce.Outcome::refused);
        List<EnrolmentDetails> roster = enrolments.roster(cohort.id());
        assertThat(roster).filteredOn(r -> r.status() == EnrolmentStatus.ENROLLED).extracting(EnrolmentDetails::memberId)
                .containsExactlyInAnyOrder(c, d);
        assertThat(roster).filteredOn(r -> r.status() == EnrolmentStatus.WAITLISTED).extracting(EnrolmentDetails::memberId)
                .containsExactly(e);
    }

    @Test
    void many_desks_enrolling_at_once_never_exceed_the_capacity() throws Exception {
        CohortDetails cohort = cohort(3);
        List<Long> people = List.of(teen(), teen(), teen(), teen(), teen(), teen());
        List<StaffPrincipal> desks = people.stream().map(p -> facilitator).toList();

        AtOnce.race(desks, people.stream().map(p -> (Callable<EnrolmentDetails>)
                () -> enrolments.enrol(cohort.id(), p)).toList());

        List<EnrolmentDetails> roster = enrolments.roster(cohort.id());
        assertThat(roster).hasSize(6);
        assertThat(roster).filteredOn(r -> r.status() == EnrolmentStatus.ENROLLED).hasSize(3);
        assertThat(roster).filteredOn(r -> r.status() == EnrolmentStatus.WAITLISTED)
                .extracting(EnrolmentDetails::waitlistPosition).containsExactly(1, 2, 3);
    }

    @Test
    void a_member_cannot_be_in_two_cohorts_that_meet_at_the_same_time() {
        CohortDetails first = cohort(20);
        CohortDetails same = cohort(20);
        CohortDetails mornings = WorkshopDesk.cohort(cohorts,
                WorkshopDesk.cohortData(course.id(), centre.id(), 20, facilitator.id()),
                new WeeklyPattern(monday(), 5, Set.of(DayOfWeek.TUESDAY), LocalTime.of(9, 0), LocalTime.of(11, 0)));
        long member = teen();
        enrolments.enrol(first.id(), member);

        assertRefused(() -> enrolments.enrol(same.id(), member), "workshop.enrol.overlap");
        assertThat(enrolments.enrol(mornings.id(), member).status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void capacity_cannot_drop_below_the_enrolled_and_a_larger_one_fills_from_the_waitlist() {
        CohortDetails cohort = cohort(2);
        long first = teen();
        long second = teen();
        long third = teen();
        for (long member : List.of(first, second, third)) {
            enrolments.enrol(cohort.id(), member);
        }
        CohortData data = cohorts.get(cohort.id()).toData();

        assertRefused(() -> cohorts.update(cohort.id(), withCapacity(data, 1)), "workshop.cohort.capacity.below-enrolled");
        CohortDetails larger = cohorts.update(cohort.id(), withCapacity(data, 3));

        assertThat(larger.enrolled()).isEqualTo(3);
        assertThat(larger.waitlisted()).isZero();
        assertThat(events.stream(EnrolmentPromoted.class)).containsExactly(new EnrolmentPromoted(cohort.id(), third));
    }

    static CohortData withCapacity(CohortData data, int capacity) {
        return new CohortData(data.courseId(), data.centreId(), data.name(), capacity, data.enrolmentOpens(),
                data.enrolmentCloses(), data.facilitatorIds(), data.version());
    }

    // --- attendance and completion ---

    @Test
    void attendance_for_a_session_that_has_not_started_is_refused() {
        CohortDetails cohort = cohort(20);
        long member = teen();
        enrolments.enrol(cohort.id(), member);

        assertRefused(() -> attendance.mark(cohort.sessions().getFirst().id(), member, AttendanceStatus.PRESENT),
                "workshop.attendance.future");
    }

    @Test
    void a_tap_records_the_mark_and_a_second_tap_replaces_it() {
        CohortDetails cohort = cohort(20);
        long member = teen();
        enrolments.enrol(cohort.id(), member);
        SessionDetails first = cohort.sessions().getFirst();
        clock.standAt(first.startsAt().plusMinutes(5));

        attendance.mark(first.id(), member, AttendanceStatus.PRESENT);
        attendance.mark(first.id(), member, AttendanceStatus.EXCUSED);

        assertThat(attendance.sheet(first.id()).lines()).singleElement()
                .satisfies(line -> assertThat(line.status()).isEqualTo(AttendanceStatus.EXCUSED));
        assertRefused(() -> attendance.mark(first.id(), teen(), AttendanceStatus.PRESENT),
                "workshop.attendance.not-on-roster");
    }

    @Test
    void two_people_tapping_the_same_name_at_once_both_succeed_with_one_mark() throws Exception {
        CohortDetails cohort = cohort(20);
        long member = teen();
        enrolments.enrol(cohort.id(), member);
        SessionDetails first = cohort.sessions().getFirst();
        clock.standAt(first.startsAt().plusMinutes(5));

        List<AtOnce.Outcome<Boolean>> outcomes = AtOnce.race(List.of(facilitator, operator), List.of(
                () -> {
                    attendance.mark(first.id(), member, AttendanceStatus.PRESENT);
                    return true;
                },
                () -> {
                    attendance.mark(first.id(), member, AttendanceStatus.ABSENT);
                    return true;
                }));

        assertThat(outcomes).noneMatch(AtOnce.Outcome::refused);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attendance WHERE session_id = ?", Long.class, first.id()))
                .isOne();
    }

    @Test
    void everyone_present_is_all_or_nothing() {
        CohortDetails cohort = cohort(20);
        long first = teen();
        long second = teen();
        enrolments.enrol(cohort.id(), first);
        enrolments.enrol(cohort.id(), second);
        SessionDetails session = cohort.sessions().getFirst();
        clock.standAt(session.startsAt());

        assertRefused(() -> attendance.markAll(session.id(), List.of(first, teen()), AttendanceStatus.PRESENT),
                "workshop.attendance.not-on-roster");
        assertThat(attendance.sheet(session.id()).lines()).allMatch(line -> line.status() == null);

        attendance.markAll(session.id(), List.of(first, second), AttendanceStatus.PRESENT);
        assertThat(attendance.sheet(session.id()).lines()).allMatch(line -> line.status() == AttendanceStatus.PRESENT);
    }

    @Test
    void the_member_page_history_lists_workshop_sessions_with_their_mark_within_the_operators_centres() {
        CohortDetails cohort = cohort(20);
        long member = teen();
        enrolments.enrol(cohort.id(), member);
        SessionDetails first = cohort.sessions().getFirst();
        clock.standAt(first.startsAt());
        attendance.mark(first.id(), member, AttendanceStatus.PRESENT);

        SignedIn.as(operator);
        assertThat(history.activityOf(member, 10)).singleElement().satisfies(line -> {
            assertThat(line.start()).isEqualTo(first.startsAt());
            assertThat(line.place()).isEqualTo(course.title() + " · " + cohort.name());
            assertThat(line.statusKey()).isEqualTo("workshop.attendance.status.PRESENT");
        });
        SignedIn.as(fixtures.staff(Role.OPERATOR, WorkshopDesk.centre(fixtures, centres).id()));
        assertThat(history.activityOf(member, 10)).isEmpty();
    }

    @Test
    void a_walk_in_joins_the_sessions_roster_marked_present() {
        CohortDetails cohort = cohort(20);
        SessionDetails first = cohort.sessions().getFirst();
        clock.standAt(first.startsAt().plusMinutes(5));
        long visitor = teen();
        long noConsent = SystemAuthentication.call(() -> WorkshopDesk.teenWithoutWorkshopConsent(members, centre.id()));

        attendance.addWalkIn(first.id(), visitor);

        assertThat(attendance.sheet(first.id()).lines()).singleElement().satisfies(line -> {
            assertThat(line.walkIn()).isTrue();
            assertThat(line.status()).isEqualTo(AttendanceStatus.PRESENT);
        });
        assertRefused(() -> attendance.addWalkIn(first.id(), noConsent), "member.eligibility.no-consent.WORKSHOPS");
        assertRefused(() -> attendance.addWalkIn(first.id(), visitor), "workshop.attendance.already-on-roster");
    }

    @Test
    void attendance_locks_some_days_after_the_session_and_an_administrator_can_reopen_it() {
        CohortDetails cohort = cohort(20);
        long member = teen();
        enrolments.enrol(cohort.id(), member);
        SessionDetails first = cohort.sessions().getFirst();
        clock.standAt(first.endsAt().plusDays(AttendanceService.EDITABLE_DAYS).plusMinutes(1));

        assertRefused(() -> attendance.mark(first.id(), member, AttendanceStatus.PRESENT), "workshop.attendance.locked");
        assertThat(attendance.sheet(first.id()).editable()).isFalse();

        SystemAuthentication.run(() -> attendance.unlock(first.id(), 2));
        attendance.mark(first.id(), member, AttendanceStatus.PRESENT);
        assertThat(attendance.sheet(first.id()).lines().getFirst().status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void completion_is_reached_exactly_at_the_threshold() {
        CohortDetails cohort = cohort(20);
        long eight = teen();
        long seven = teen();
        enrolments.enrol(cohort.id(), eight);
        enrolments.enrol(cohort.id(), seven);
        List<SessionDetails> sessions = cohort.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            SessionDetails session = sessions.get(i);
            clock.standAt(session.startsAt());
            attendance.mark(session.id(), eight, i < 8 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT);
            attendance.mark(session.id(), seven, i < 7 ? AttendanceStatus.PRESENT : AttendanceStatus.EXCUSED);
        }

        List<Completion> completion = attendance.completion(cohort.id());

        assertThat(completion).filteredOn(c -> c.memberId() == eight).singleElement().satisfies(c -> {
            assertThat(c.attended()).isEqualTo(8);
            assertThat(c.sessions()).isEqualTo(10);
            assertThat(c.percent()).isEqualTo(80);
            assertThat(c.completed()).isTrue();
        });
        assertThat(completion).filteredOn(c -> c.memberId() == seven).singleElement()
                .satisfies(c -> assertThat(c.completed()).isFalse());
    }

    @Test
    void a_cancelled_session_no_longer_counts_for_completion() {
        CohortDetails cohort = cohort(20);
        SessionDetails last = cohort.sessions().getLast();

        cohorts.cancelSession(last.id(), last.version());

        assertThat(cohorts.get(cohort.id()).heldOrPlanned()).hasSize(9);
        long member = teen();
        enrolments.enrol(cohort.id(), member);
        assertThat(attendance.completion(cohort.id())).singleElement().satisfies(c -> assertThat(c.sessions()).isEqualTo(9));
    }

    @Test
    void moving_a_session_keeps_the_rules() {
        CohortDetails cohort = cohort(20);
        SessionDetails first = cohort.sessions().getFirst();
        LocalDateTime wednesday = monday().plusDays(2).atTime(15, 0);

        SessionDetails moved = cohorts.moveSession(first.id(), first.version(), new SessionTime(wednesday, wednesday.plusHours(2)));

        assertThat(moved.startsAt()).isEqualTo(wednesday);
        SessionDetails second = cohort.sessions().get(1);
        assertRefused(() -> cohorts.moveSession(second.id(), second.version(),
                new SessionTime(wednesday.plusHours(1), wednesday.plusHours(2))), "workshop.session.overlaps-other");
        assertRefused(() -> cohorts.moveSession(second.id(), second.version(),
                new SessionTime(wednesday.withHour(18), wednesday.withHour(20))), "workshop.session.outside-hours");
    }
}
