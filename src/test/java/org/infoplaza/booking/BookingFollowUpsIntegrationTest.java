package org.infoplaza.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.booking.BookingDesk.monday;
import static org.infoplaza.booking.BookingDesk.mondayAt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureData;
import org.infoplaza.centre.ClosureKind;
import org.infoplaza.member.MemberPrivacy;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationService;
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
 * A session started at the desk keeps the member from the retention rule; a closure added after people
 * booked flags their bookings on those days (and only those) for the operator, who cancels or keeps each.
 * The centre is open on Mondays; the clock stands on the next Monday at 09:00.
 */
@IntegrationTest
class BookingFollowUpsIntegrationTest {

    @Autowired
    BookingService bookings;

    @Autowired
    WalkInQueue queue;

    @Autowired
    CentreService centres;

    @Autowired
    StationService stations;

    @Autowired
    MemberService members;

    @Autowired
    MemberPrivacy privacy;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    CentreDetails centre;
    StationDetails pc1;
    StationDetails pc2;
    long ana;
    long beto;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        pc1 = BookingDesk.station(stations, centre.id(), "PC-01", null, null);
        pc2 = BookingDesk.station(stations, centre.id(), "PC-02", null, null);
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        ana = BookingDesk.adult(members, centre.id());
        beto = BookingDesk.adult(members, centre.id());
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    BookingDetails book(long memberId, StationDetails station, LocalDateTime start, int minutes) {
        return bookings.book(new BookingRequest(memberId, centre.id(), station.id(), start, minutes));
    }

    LocalDate lastActiveOn(long memberId) {
        return jdbc.queryForObject("SELECT last_active_on FROM member WHERE id = ?", LocalDate.class, memberId);
    }

    void inactiveSince(long memberId, LocalDate day) {
        jdbc.update("UPDATE member SET last_active_on = ? WHERE id = ?", day, memberId);
    }

    boolean anonymised(long memberId) {
        return jdbc.queryForObject("SELECT anonymised_at IS NOT NULL FROM member WHERE id = ?", Boolean.class, memberId);
    }

    // --- last activity

    @Test
    void a_check_in_moves_the_members_last_activity_to_that_day_and_retention_then_keeps_them() {
        LocalDate longAgo = monday().minusYears(6);
        inactiveSince(ana, longAgo);
        inactiveSince(beto, longAgo);
        BookingDetails booking = book(ana, pc1, mondayAt(9, 0), 30);
        assertThat(lastActiveOn(ana)).as("booking is not yet a visit").isEqualTo(longAgo);

        bookings.checkIn(booking.id(), VisitPurpose.EDUCATION);

        assertThat(lastActiveOn(ana)).isEqualTo(monday());
        int count = SystemAuthentication.call(() -> privacy.anonymiseInactiveBefore(monday().minusYears(5), 100));
        assertThat(count).isPositive();
        assertThat(anonymised(ana)).isFalse();
        assertThat(anonymised(beto)).as("the member who did not come").isTrue();
    }

    @Test
    void a_walk_in_and_an_accepted_queue_offer_record_the_visit_too() {
        inactiveSince(ana, monday().minusYears(1));
        inactiveSince(beto, monday().minusYears(1));
        bookings.startWalkIn(ana, centre.id(), VisitPurpose.LEISURE);
        assertThat(lastActiveOn(ana)).isEqualTo(monday());

        bookings.startOfferedSession(beto, centre.id(), pc2.id(), VisitPurpose.HEALTH);
        assertThat(lastActiveOn(beto)).isEqualTo(monday());
    }

    @Test
    void recording_activity_is_idempotent_and_never_moves_the_date_back() {
        members.recordActivity(ana, monday());
        members.recordActivity(ana, monday());
        assertThat(lastActiveOn(ana)).isEqualTo(monday());

        members.recordActivity(ana, monday().minusDays(30));

        assertThat(lastActiveOn(ana)).isEqualTo(monday());
    }

    @Test
    void an_operator_records_a_visit_of_a_member_of_another_centre() {
        CentreDetails other = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, other.id()));
        long visitor = BookingDesk.adult(members, other.id());
        inactiveSince(visitor, monday().minusYears(2));
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));

        members.recordActivity(visitor, monday());

        assertThat(lastActiveOn(visitor)).isEqualTo(monday());
    }

    // --- closures that conflict with bookings

    @Test
    void adding_a_closure_flags_the_bookings_still_booked_on_those_days_and_no_others() {
        LocalDateTime nextWeek = mondayAt(10, 0).plusDays(7);
        LocalDateTime inTwoWeeks = mondayAt(10, 0).plusDays(14);
        BookingDetails onClosedDay = book(ana, pc1, nextWeek, 30);
        BookingDetails alsoOnClosedDay = book(beto, pc2, nextWeek.withHour(16), 30);
        BookingDetails later = book(ana, pc1, inTwoWeeks, 30);
        BookingDetails today = book(beto, pc1, mondayAt(11, 0), 30);

        SystemAuthentication.run(() -> centres.addClosure(centre.id(), new ClosureData(nextWeek.toLocalDate(),
                nextWeek.toLocalDate(), ClosureKind.HOLIDAY, "Fiesta patronal")));

        BookingDetails flagged = bookings.get(onClosedDay.id());
        assertThat(flagged.status()).as("still there").isEqualTo(BookingStatus.BOOKED);
        assertThat(flagged.conflictReason()).isEqualTo("Fiesta patronal");
        assertThat(flagged.conflicted()).isTrue();
        assertThat(flagged.version()).as("an operator's stale copy is told it changed").isGreaterThan(onClosedDay.version());
        assertThat(bookings.get(later.id()).conflicted()).isFalse();
        assertThat(bookings.get(today.id()).conflicted()).isFalse();
        assertThat(bookings.conflicts(centre.id())).extracting(BookingDetails::id)
                .containsExactly(onClosedDay.id(), alsoOnClosedDay.id());
        assertThat(BookingDesk.stationSlots(jdbc, centre.id())).as("no time given back").isEqualTo(4L * 6);
    }

    @Test
    void the_operator_resolves_a_conflict_by_keeping_or_cancelling_the_booking() {
        LocalDateTime nextWeek = mondayAt(10, 0).plusDays(7);
        BookingDetails kept = book(ana, pc1, nextWeek, 30);
        BookingDetails cancelled = book(beto, pc2, nextWeek, 30);
        SystemAuthentication.run(() -> centres.addClosure(centre.id(), new ClosureData(nextWeek.toLocalDate(),
                nextWeek.toLocalDate().plusDays(1), ClosureKind.ONE_OFF, "Fumigación")));

        BookingDetails keptNow = bookings.keepDespiteConflict(kept.id(), bookings.get(kept.id()).version());
        bookings.cancel(cancelled.id(), bookings.get(cancelled.id()).version());

        assertThat(keptNow.conflictReason()).isNull();
        assertThat(keptNow.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(bookings.conflicts(centre.id())).isEmpty();
        assertThatThrownBy(() -> bookings.keepDespiteConflict(kept.id(), keptNow.version()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.conflict.none"));
    }

    @Test
    void sessions_and_other_centres_bookings_are_not_flagged() {
        BookingDetails session = bookings.startWalkIn(ana, centre.id(), VisitPurpose.LEISURE);
        CentreDetails other = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        StationDetails otherPc = BookingDesk.station(stations, other.id(), "PC-09", null, null);
        SignedIn.as(fixtures.staff(Role.OPERATOR, other.id()));
        long carla = BookingDesk.adult(members, other.id());
        BookingDetails elsewhere = bookings.book(new BookingRequest(carla, other.id(), otherPc.id(),
                mondayAt(10, 0), 30));
        SignedIn.as(fixtures.staff(Role.ADMIN, centre.id()));

        centres.addClosure(centre.id(), new ClosureData(monday(), monday(), ClosureKind.ONE_OFF, "Sin luz"));

        assertThat(bookings.get(session.id()).conflictReason()).isNull();
        assertThat(bookings.get(elsewhere.id()).conflictReason()).isNull();
    }
}
