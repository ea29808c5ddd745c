package org.infoplaza.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.infoplaza.booking.BookingDesk.monday;
import static org.infoplaza.booking.BookingDesk.mondayAt;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many desks racing for the same time on real MariaDB: whatever the checks before the insert saw, the slot
 * tables' primary keys let exactly one booking through, every other desk hears which rule refused, and
 * the slot tables hold exactly the winner's rows.
 */
@IntegrationTest
class BookingConcurrencyIntegrationTest {

    static final int RACERS = 16;

    @Autowired
    BookingService bookings;

    @Autowired
    CentreService centres;

    @Autowired
    StationService stations;

    @Autowired
    MemberService members;

    @Autowired
    Slots slots;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    WalkInQueue queue;

    CentreDetails centre;
    StaffPrincipal operator;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void sixteen_members_racing_for_one_station_and_slot_leave_exactly_one_booking() throws Exception {
        StationDetails station = BookingDesk.station(stations, centre.id(), "PC-01", null, null);
        List<Long> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(BookingDesk.adult(members, centre.id()));
        }

        List<Outcome> outcomes = race(racers.stream()
                .map(member -> new BookingRequest(member, centre.id(), station.id(), mondayAt(14, 0), 60))
                .toList());

        assertExactlyOneWinner(outcomes, "booking.station.taken");
    }

    @Test
    void one_member_racing_for_sixteen_stations_at_once_gets_exactly_one() throws Exception {
        long member = BookingDesk.adult(members, centre.id());
        List<BookingRequest> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            StationDetails station = BookingDesk.station(stations, centre.id(), "PC-%02d".formatted(i), null, null);
            requests.add(new BookingRequest(member, centre.id(), station.id(), mondayAt(14, 0), 60));
        }

        List<Outcome> outcomes = race(requests);

        assertExactlyOneWinner(outcomes, "booking.member.taken");
    }

    /**
     * Regression (issue #8's load benchmark): a check-out offers the freed station to the walk-in queue after
     * it commits, in a new transaction. Run on the committing thread, that needed a second connection while
     * the first was still held, so as many check-outs at once as the pool has connections waited for each
     * other until the pool gave up (30 s), and the queue got nothing.
     */
    @Test
    void more_check_outs_at_once_than_the_pool_has_connections_finish_promptly_and_the_queue_gets_every_station()
            throws Exception {
        HikariDataSource pool = (HikariDataSource) dataSource;
        int desks = 2 * pool.getMaximumPoolSize();
        List<StaffPrincipal> operators = new ArrayList<>();
        List<Callable<BookingDetails>> checkOuts = new ArrayList<>();
        for (int i = 0; i < desks; i++) {
            BookingDesk.station(stations, centre.id(), "PC-%02d".formatted(i), null, null);
        }
        for (int i = 0; i < desks; i++) {
            BookingDetails session = bookings.startWalkIn(BookingDesk.adult(members, centre.id()), centre.id(),
                    VisitPurpose.EDUCATION);
            checkOuts.add(() -> bookings.checkOut(session.id()));
            operators.add(fixtures.staff(Role.OPERATOR, centre.id()));
        }
        for (int i = 0; i < desks; i++) {
            queue.issueTicket(null, centre.id(), VisitPurpose.OTHER);
        }
        clock.standAt(mondayAt(9, 20));

        long started = System.nanoTime();
        List<AtOnce.Outcome<BookingDetails>> outcomes = AtOnce.race(operators, checkOuts);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(outcomes).noneMatch(AtOnce.Outcome::refused)
                .allSatisfy(o -> assertThat(o.value().status()).isEqualTo(BookingStatus.COMPLETED));
        assertThat(took).isLessThan(Duration.ofMillis(pool.getConnectionTimeout() / 3));
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() ->
                assertThat(queue.queue(centre.id())).hasSize(desks)
                        .allSatisfy(ticket -> assertThat(ticket.status()).isEqualTo(TicketStatus.OFFERED)));
    }

    private void assertExactlyOneWinner(List<Outcome> outcomes, String loserKey) {
        List<BookingDetails> winners = outcomes.stream().map(Outcome::booking).filter(b -> b != null).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.booking() == null))
                .hasSize(RACERS - 1)
                .allSatisfy(o -> assertThat(o.refusal()).isEqualTo(loserKey));
        BookingDetails winner = winners.getFirst();
        assertThat(bookings.dayOf(centre.id(), monday())).containsExactly(winner);
        assertThat(BookingDesk.bookingRows(jdbc, centre.id())).isEqualTo(1);
        assertThat(slots.heldBy(winner.id())).hasSize(12);
        assertThat(slots.heldByMember(winner.id())).hasSize(12);
        assertThat(BookingDesk.stationSlots(jdbc, centre.id())).isEqualTo(12);
        assertThat(BookingDesk.memberSlots(jdbc, centre.id())).isEqualTo(12);
    }

    record Outcome(BookingDetails booking, String refusal) {
    }

    /** Starts every request at the same moment, each on its own thread signed in as the operator. */
    private List<Outcome> race(List<BookingRequest> requests) throws Exception {
        List<Callable<BookingDetails>> attempts = requests.stream()
                .<Callable<BookingDetails>>map(request -> () -> bookings.book(request)).toList();
        return AtOnce.race(Collections.nCopies(requests.size(), operator), attempts).stream()
                .map(o -> new Outcome(o.value(), o.refused() ? o.refusal().messageKey() : null))
                .toList();
    }
}
