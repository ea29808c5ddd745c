package org.infoplaza.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.infoplaza.booking.BookingDesk.monday;
import static org.infoplaza.booking.BookingDesk.mondayAt;

import java.time.Duration;
import java.util.Collections;
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
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.AtOnce;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The walk-in queue on real MariaDB: numbers per centre and day, race-free; a freed station is offered to
 * the head of the queue and held for it; accepting starts a walk-in session on it, declining or letting the
 * offer expire passes it on. The centre (one station, sessions up to 90 minutes) is open Mondays 08–12 and
 * 13–17; the clock stands on the next Monday.
 */
@IntegrationTest
class WalkInQueueIntegrationTest {

    @Autowired
    WalkInQueue queue;

    @Autowired
    BookingService bookings;

    @Autowired
    CentreService centres;

    @Autowired
    StationService stations;

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    CentreDetails centre;
    StationDetails pc1;
    StaffPrincipal operator;
    long ana;
    long beto;
    long carla;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        pc1 = BookingDesk.station(stations, centre.id(), "PC-01", null, null);
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
        ana = BookingDesk.adult(members, centre.id());
        beto = BookingDesk.adult(members, centre.id());
        carla = BookingDesk.adult(members, centre.id());
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    /** A visitor of the public page: Spring Security's anonymous user, as its filter sets it. */
    static void anonymous() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("public", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    /** Ana uses the only station until 10:30; Beto and then a guest queue behind her. */
    BookingDetails anaOnTheOnlyStation() {
        BookingDetails session = bookings.startWalkIn(ana, centre.id(), VisitPurpose.EDUCATION);
        assertRefused(() -> bookings.startWalkIn(beto, centre.id(), VisitPurpose.EDUCATION), "booking.no-station-free");
        return session;
    }

    /**
     * Checks Ana out and waits for the freed station's offer, which {@link FreedStations} makes moments later
     * on another thread, before the clock moves on.
     */
    void checkOut(BookingDetails anas) {
        bookings.checkOut(anas.id());
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> queue.queue(centre.id()).stream()
                .anyMatch(ticket -> ticket.status() == TicketStatus.OFFERED));
    }

    @Test
    void a_member_of_another_centre_takes_a_ticket_and_is_offered_the_free_station() {
        CentreDetails home = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        long visitor = SystemAuthentication.call(() -> BookingDesk.adult(members, home.id()));

        QueueTicket ticket = queue.issueTicket(visitor, centre.id(), VisitPurpose.EDUCATION);

        assertThat(ticket.status()).as("the station's age rule reads the visitor's age").isEqualTo(TicketStatus.OFFERED);
        assertThat(ticket.offeredStationId()).isEqualTo(pc1.id());
    }

    @Test
    void tickets_are_numbered_per_centre_and_day_with_position_and_an_estimate_from_the_running_session() {
        anaOnTheOnlyStation();

        QueueTicket first = queue.issueTicket(beto, centre.id(), VisitPurpose.EMPLOYMENT);
        QueueTicket second = queue.issueTicket(null, centre.id(), VisitPurpose.LEISURE);

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(first.estimatedWaitMinutes()).as("Ana's session ends at 10:30").isEqualTo(90);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.position()).isEqualTo(2);
        assertThat(second.memberId()).isNull();
        assertThat(second.estimatedWaitMinutes()).as("then one whole session").isEqualTo(180);
        assertRefused(() -> queue.issueTicket(beto, centre.id(), VisitPurpose.EMPLOYMENT),
                "walk-in.member.already-queued");

        // Another centre counts on its own; the next Monday starts again at 1.
        CentreDetails other = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        SignedIn.as(fixtures.staff(Role.OPERATOR, other.id()));
        assertThat(queue.issueTicket(null, other.id(), VisitPurpose.OTHER).number()).isEqualTo(1);
        SignedIn.as(operator);
        clock.standAt(monday().plusWeeks(1).atTime(9, 0));
        assertThat(queue.issueTicket(null, centre.id(), VisitPurpose.OTHER).number()).isEqualTo(1);
    }

    @Test
    void a_freed_station_is_offered_to_the_head_of_the_queue_held_for_it_and_accepting_starts_a_walk_in() {
        BookingDetails anas = anaOnTheOnlyStation();
        queue.issueTicket(beto, centre.id(), VisitPurpose.EMPLOYMENT);
        queue.issueTicket(null, centre.id(), VisitPurpose.LEISURE);
        clock.standAt(mondayAt(9, 20));

        checkOut(anas);

        List<QueueTicket> line = queue.queue(centre.id());
        assertThat(line).extracting(QueueTicket::number, QueueTicket::status, QueueTicket::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, TicketStatus.OFFERED, 0),
                        org.assertj.core.groups.Tuple.tuple(2, TicketStatus.WAITING, 1));
        QueueTicket offered = line.getFirst();
        assertThat(offered.offeredStationId()).isEqualTo(pc1.id());
        assertThat(offered.offerExpiresAt()).isEqualTo(mondayAt(9, 25));
        // The held station is not given to a desk walk-in meanwhile.
        assertRefused(() -> bookings.startWalkIn(carla, centre.id(), VisitPurpose.EDUCATION), "booking.no-station-free");

        clock.standAt(mondayAt(9, 22));
        BookingDetails session = queue.accept(offered.id(), offered.version());

        assertThat(session.memberId()).isEqualTo(beto);
        assertThat(session.stationId()).isEqualTo(pc1.id());
        assertThat(session.kind()).isEqualTo(BookingKind.WALK_IN);
        assertThat(session.status()).isEqualTo(BookingStatus.IN_SESSION);
        assertThat(session.purpose()).isEqualTo(VisitPurpose.EMPLOYMENT);
        // Ana's checked-out session keeps the 9:20 slot; Beto's time counts from the next mark.
        assertThat(session.startsAt()).isEqualTo(mondayAt(9, 25));
        assertThat(queue.queue(centre.id())).extracting(QueueTicket::number).containsExactly(2);
        // Served once: a second accept (a double click, another desk) is refused.
        assertRefused(() -> queue.accept(offered.id(), offered.version() + 1), "walk-in.offer.none");
    }

    @Test
    void a_declined_or_expired_offer_passes_the_station_to_the_next_ticket() {
        BookingDetails anas = anaOnTheOnlyStation();
        queue.issueTicket(beto, centre.id(), VisitPurpose.EMPLOYMENT);
        queue.issueTicket(carla, centre.id(), VisitPurpose.HEALTH);
        queue.issueTicket(null, centre.id(), VisitPurpose.LEISURE);
        clock.standAt(mondayAt(9, 20));
        checkOut(anas);
        QueueTicket first = queue.queue(centre.id()).getFirst();

        queue.decline(first.id(), first.version());

        assertThat(queue.queue(centre.id())).extracting(QueueTicket::number, QueueTicket::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, TicketStatus.OFFERED),
                        org.assertj.core.groups.Tuple.tuple(3, TicketStatus.WAITING));

        // Carla does not come within five minutes: the minute job passes the station on.
        clock.standAt(mondayAt(9, 24));
        assertThat(queue.offerFreeStations(centre.id())).isEmpty();
        clock.standAt(mondayAt(9, 25));
        assertThat(queue.offerFreeStations(centre.id())).extracting(QueueTicket::number).containsExactly(3);
        QueueTicket guest = queue.queue(centre.id()).getFirst();
        assertThat(guest.status()).isEqualTo(TicketStatus.OFFERED);

        BookingDetails session = queue.accept(guest.id(), guest.version());
        assertThat(session.kind()).isEqualTo(BookingKind.GUEST);
        assertThat(session.memberId()).isNull();
        assertThat(queue.queue(centre.id())).isEmpty();
    }

    @Test
    void an_offer_accepted_after_it_expired_is_refused() {
        BookingDetails anas = anaOnTheOnlyStation();
        queue.issueTicket(beto, centre.id(), VisitPurpose.EMPLOYMENT);
        clock.standAt(mondayAt(9, 20));
        checkOut(anas);
        QueueTicket offered = queue.queue(centre.id()).getFirst();
        clock.standAt(mondayAt(9, 26));

        assertRefused(() -> queue.accept(offered.id(), offered.version()), "walk-in.offer.expired");
    }

    @Test
    void a_ticket_taken_while_a_station_is_free_is_offered_it_at_once() {
        QueueTicket ticket = queue.issueTicket(beto, centre.id(), VisitPurpose.EMPLOYMENT);

        assertThat(ticket.status()).isEqualTo(TicketStatus.OFFERED);
        assertThat(ticket.offeredStationId()).isEqualTo(pc1.id());
    }

    @Test
    void the_public_display_shows_numbers_free_stations_and_the_wait_but_no_member_data() {
        BookingDetails anas = anaOnTheOnlyStation();
        queue.issueTicket(beto, centre.id(), VisitPurpose.EMPLOYMENT);
        queue.issueTicket(carla, centre.id(), VisitPurpose.EMPLOYMENT);
        anonymous();

        QueueDisplay waiting = queue.display(centre.code().toLowerCase());

        assertThat(waiting.centreName()).isEqualTo(centre.name());
        assertThat(waiting.called()).isEmpty();
        assertThat(waiting.waiting()).containsExactly(1, 2);
        assertThat(waiting.freeStations()).isZero();
        assertThat(waiting.estimatedWaitMinutes()).as("third in line: 90 + 90 + 90").isEqualTo(270);

        SignedIn.as(operator);
        clock.standAt(mondayAt(9, 20));
        checkOut(anas);
        anonymous();
        QueueDisplay called = queue.display(centre.code());
        assertThat(called.called()).containsExactly(new QueueDisplay.Called(1, "PC-01"));
        assertThat(called.waiting()).containsExactly(2);
        assertThat(called.freeStations()).as("the only station is held for number 1").isZero();

        assertThatThrownBy(() -> queue.display("NO-SUCH-CENTRE")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_free_childrens_station_is_counted_apart_on_the_public_display_and_not_offered_to_a_guest() {
        BookingDesk.station(stations, centre.id(), "NINOS", null, 12);
        anaOnTheOnlyStation();

        QueueTicket guest = queue.issueTicket(null, centre.id(), VisitPurpose.OTHER);
        anonymous();
        QueueDisplay display = queue.display(centre.code());

        assertThat(guest.status()).as("a guest counts as an adult").isEqualTo(TicketStatus.WAITING);
        assertThat(display.waiting()).containsExactly(1);
        assertThat(display.freeStations()).as("none for those waiting").isZero();
        assertThat(display.freeForSomeAges()).containsExactly(new QueueDisplay.FreeForAges(null, 12, 1));
    }

    @Test
    void an_operator_of_another_centre_cannot_see_or_use_the_queue() {
        QueueTicket ticket = queue.issueTicket(null, centre.id(), VisitPurpose.OTHER);
        CentreDetails other = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        SignedIn.as(fixtures.staff(Role.OPERATOR, other.id()));

        assertThatThrownBy(() -> queue.queue(centre.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queue.issueTicket(null, centre.id(), VisitPurpose.OTHER))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queue.accept(ticket.id(), ticket.version())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sixteen_desks_issuing_at_once_get_unique_consecutive_numbers() throws Exception {
        int desks = 16;
        List<AtOnce.Outcome<Integer>> issued = AtOnce.race(Collections.nCopies(desks, operator),
                Collections.nCopies(desks, () -> queue.issueTicket(null, centre.id(), VisitPurpose.OTHER).number()));

        assertThat(issued.stream().map(AtOnce.Outcome::value))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, desks).boxed().toList());
        // One free station: exactly one of them was offered it, the others wait in number order.
        List<QueueTicket> line = queue.queue(centre.id());
        assertThat(line).hasSize(desks);
        assertThat(line.stream().filter(t -> t.status() == TicketStatus.OFFERED)).hasSize(1);
        assertThat(line.stream().filter(t -> t.status() == TicketStatus.WAITING).map(QueueTicket::position))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, desks - 1).boxed().toList());
    }
}
