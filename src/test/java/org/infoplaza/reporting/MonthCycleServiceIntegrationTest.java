package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.Sex;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.testing.AtOnce;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The monthly cycle on the real database: a centre where six women and a man used the stations on a Monday
 * morning (7 sessions of 30 minutes) submits its month once the month is over, the secretariat accepts it,
 * which locks it, and only a reopening with a reason lets the centre submit again. A check-out counted
 * after acceptance does not change what was accepted; it shows as revision 2 with one session more.
 */
@IntegrationTest
class MonthCycleServiceIntegrationTest {

    @Autowired
    MonthCycleService cycle;

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    BookingService bookings;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    CentreDetails centre;
    YearMonth month;
    StaffPrincipal operator;

    @BeforeEach
    void setUp() {
        centre = stationUse.morningOfWalkIns(List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE,
                Sex.FEMALE, Sex.MALE));
        month = YearMonth.from(WorkshopDesk.monday());
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        clock.standAt(month.plusMonths(1).atDay(2).atTime(10, 0));
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_centre_submits_the_month_the_secretariat_accepts_it_and_then_it_is_locked() {
        SignedIn.as(operator);
        CentreMonth before = cycle.centreMonth(centre.id(), month);
        assertThat(before.report()).isNull();
        assertThat(before.figures().sessions()).isEqualTo(7);
        assertThat(before.figures().membersBySex()).containsEntry(Sex.FEMALE, 6L).containsEntry(Sex.MALE, 1L);
        assertThat(before.submittable()).isTrue();

        MonthReportSummary submitted = cycle.submit(centre.id(), month, 0);
        assertThat(submitted.status()).isEqualTo(MonthReportStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(operator.displayName());
        assertThat(submitted.revision()).isEqualTo(1);
        assertThatThrownBy(() -> cycle.submit(centre.id(), month, submitted.version()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("monthcycle.refused.already-submitted"));

        SignedIn.as(Role.SECRETARIAT);
        MonthReportSummary accepted = cycle.accept(submitted.id(), submitted.version());
        assertThat(accepted.status()).isEqualTo(MonthReportStatus.ACCEPTED);
        assertThat(accepted.acceptedAt()).isNotNull();

        SignedIn.as(operator);
        assertThatThrownBy(() -> cycle.submit(centre.id(), month, accepted.version()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("monthcycle.refused.locked"));
        CentreMonth after = cycle.centreMonth(centre.id(), month);
        assertThat(after.submittable()).isFalse();
        assertThat(after.revisions()).extracting(MonthRevision::occasion).containsExactly(RevisionOccasion.COMPUTED,
                RevisionOccasion.SUBMITTED, RevisionOccasion.ACCEPTED);
        assertThat(after.revisions()).allSatisfy(r -> {
            assertThat(r.revision()).isEqualTo(1);
            assertThat(r.sessions()).isEqualTo(7);
            assertThat(r.hours()).isEqualTo(3.5);
        });
    }

    @Test
    void a_stale_screen_cannot_accept() {
        MonthReportSummary submitted = submitAsOperator();
        SignedIn.as(Role.SECRETARIAT);
        assertThatThrownBy(() -> cycle.accept(submitted.id(), submitted.version() - 1))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_month_not_over_cannot_be_submitted() {
        clock.standAt(month.atEndOfMonth().atTime(23, 0));
        SignedIn.as(operator);
        assertThat(cycle.centreMonth(centre.id(), month).submittable()).isFalse();
        assertThatThrownBy(() -> cycle.submit(centre.id(), month, 0))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("monthcycle.refused.month-not-over"));
    }

    @Test
    void reopening_needs_a_reason_and_lets_the_centre_submit_again() {
        MonthReportSummary submitted = submitAsOperator();
        SignedIn.as(Role.SECRETARIAT);
        MonthReportSummary accepted = cycle.accept(submitted.id(), submitted.version());

        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> cycle.reopen(accepted.id(), accepted.version(), blank))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("monthcycle.refused.reason-required"));
        }
        MonthReportSummary reopened = cycle.reopen(accepted.id(), accepted.version(), "  Faltan las sesiones del sábado ");
        assertThat(reopened.status()).isEqualTo(MonthReportStatus.REOPENED);
        assertThat(reopened.acceptedAt()).isNull();
        assertThat(cycle.reopenings(accepted.id())).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("Faltan las sesiones del sábado"));
        assertThatThrownBy(() -> cycle.reopen(reopened.id(), reopened.version(), "otra vez"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("monthcycle.refused.not-reopenable"));

        SignedIn.as(operator);
        assertThat(cycle.submit(centre.id(), month, reopened.version()).status()).isEqualTo(MonthReportStatus.SUBMITTED);
    }

    @Test
    void two_secretariat_users_accepting_at_once_record_one_acceptance() throws Exception {
        MonthReportSummary submitted = submitAsOperator();
        List<StaffPrincipal> secretariat = List.of(SignedIn.principal(Role.SECRETARIAT), SignedIn.principal(Role.SECRETARIAT));
        Callable<MonthReportSummary> accept = () -> cycle.accept(submitted.id(), submitted.version());

        List<AtOnce.Outcome<MonthReportSummary>> outcomes = AtOnce.race(secretariat, List.of(accept, accept));

        assertThat(outcomes).filteredOn(o -> !o.refused()).singleElement()
                .satisfies(o -> assertThat(o.value().status()).isEqualTo(MonthReportStatus.ACCEPTED));
        assertThat(outcomes).filteredOn(AtOnce.Outcome::refused).singleElement();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM month_report_snapshot WHERE month_report_id = ?"
                + " AND occasion = 'ACCEPTED'", Integer.class, submitted.id())).isEqualTo(1);
    }

    @Test
    void a_check_out_counted_after_acceptance_shows_as_a_new_revision_without_changing_the_acceptance() {
        MonthReportSummary submitted = submitAsOperator();
        SignedIn.as(Role.SECRETARIAT);
        MonthReportSummary accepted = cycle.accept(submitted.id(), submitted.version());

        lateWalkIn();

        SignedIn.as(operator);
        assertThat(cycle.centreMonth(centre.id(), month).changedSinceSnapshot()).isTrue();
        SignedIn.as(Role.SECRETARIAT);
        assertThat(cycle.recordCorrections(accepted.id())).contains(2);
        assertThat(cycle.recordCorrections(accepted.id())).as("nothing new the second time").isEmpty();

        List<MonthRevision> revisions = cycle.revisions(accepted.id());
        assertThat(revisions.getLast()).satisfies(r -> {
            assertThat(r.revision()).isEqualTo(2);
            assertThat(r.occasion()).isEqualTo(RevisionOccasion.CORRECTED);
            assertThat(r.changed()).isTrue();
            assertThat(r.sessions()).isEqualTo(8);
            assertThat(r.sessionsChange()).isEqualTo(1);
            assertThat(r.hoursChange()).isEqualTo(0.75);
        });
        SignedIn.as(operator);
        CentreMonth now = cycle.centreMonth(centre.id(), month);
        assertThat(now.report().status()).isEqualTo(MonthReportStatus.ACCEPTED);
        assertThat(now.report().revision()).isEqualTo(2);
        assertThat(now.changedSinceSnapshot()).isFalse();
    }

    @Test
    void operators_reach_only_their_centre_and_the_secretariat_never_sees_its_people_counts() {
        SignedIn.as(fixtures.staff(Role.OPERATOR, fixtures.centre().id()));
        assertThatThrownBy(() -> cycle.centreMonth(centre.id(), month)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cycle.submit(centre.id(), month, 0)).isInstanceOf(NotFoundException.class);

        MonthReportSummary submitted = submitAsOperator();
        SignedIn.as(Role.SECRETARIAT);
        assertThatThrownBy(() -> cycle.centreMonth(centre.id(), month)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(operator);
        assertThatThrownBy(() -> cycle.accept(submitted.id(), submitted.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cycle.reopen(submitted.id(), submitted.version(), "no"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_secretariat_lists_the_month_by_state() {
        MonthReportSummary submitted = submitAsOperator();
        SignedIn.as(Role.SECRETARIAT);
        List<MonthReportRow> rows = cycle.page(new MonthReportFilter(month, centre.municipalityId(),
                MonthReportStatus.SUBMITTED), org.springframework.data.domain.PageRequest.of(0, 500)).getContent();
        assertThat(rows).filteredOn(r -> r.report().id() == submitted.id()).singleElement().satisfies(r -> {
            assertThat(r.centreCode()).isEqualTo(centre.code());
            assertThat(r.sessions()).isEqualTo(7);
        });
        assertThat(cycle.page(new MonthReportFilter(month, centre.municipalityId(), MonthReportStatus.ACCEPTED),
                org.springframework.data.domain.PageRequest.of(0, 500)).getContent())
                .noneMatch(r -> r.report().id() == submitted.id());
    }

    private MonthReportSummary submitAsOperator() {
        SignedIn.as(operator);
        MonthReportSummary submitted = cycle.submit(centre.id(), month, 0);
        SignedIn.nobody();
        return submitted;
    }

    /** One more member walks in on the Monday at 11:00 and leaves at 11:45, checked out late. */
    private void lateWalkIn() {
        clock.standAt(WorkshopDesk.mondayAt(11, 0));
        SignedIn.as(operator);
        long member = members.register(MemberRegistrations.aMember(centre.id()).sex(Sex.FEMALE).build()).id();
        BookingDetails session = bookings.startWalkIn(member, centre.id(), VisitPurpose.EDUCATION);
        clock.standAt(WorkshopDesk.mondayAt(11, 45));
        bookings.checkOut(session.id());
        clock.standAt(month.plusMonths(1).atDay(3).atTime(10, 0));
    }
}
