package org.infoplaza.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.booking.BookingDesk.monday;
import static org.infoplaza.booking.BookingDesk.mondayAt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.infoplaza.Application;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two application nodes on one database, as behind the load balancer: this test's application is the first
 * node, a second full application started here (its own connection pool, caches and scheduler) is the
 * other, and desks on both book at the same moment. Whatever each node checked before inserting, the
 * database's slot keys let exactly one booking through.
 */
@IntegrationTest
class TwoNodeBookingIntegrationTest {

    static final int RACERS = 16;

    private static ConfigurableApplicationContext otherNode;
    private static SecurityContextHolderStrategy otherNodeSecurity;

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

    @Autowired
    JdbcTemplate jdbc;

    CentreDetails centre;
    StaffPrincipal operator;

    @BeforeEach
    void setUp() {
        startOtherNode();
        clock.standAt(mondayAt(9, 0));
        otherNode.getBean(TestClock.class).standAt(mondayAt(9, 0));
        centre = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
        otherNode.getBean(TestClock.class).reset();
    }

    @AfterAll
    static void stopOtherNode() {
        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        if (otherNode != null) {
            otherNode.close();
            otherNode = null;
        }
        SecurityContextHolder.setContextHolderStrategy(ours);
    }

    @Test
    void sixteen_desks_on_two_nodes_racing_for_one_station_and_slot_leave_exactly_one_booking() throws Exception {
        StationDetails station = BookingDesk.station(stations, centre.id(), "PC-01", null, null);
        List<BookingRequest> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            requests.add(new BookingRequest(BookingDesk.adult(members, centre.id()), centre.id(), station.id(),
                    mondayAt(14, 0), 60));
        }

        assertExactlyOneWinner(race(requests), "booking.station.taken");
    }

    @Test
    void one_member_booked_on_sixteen_stations_through_two_nodes_at_once_gets_exactly_one() throws Exception {
        long member = BookingDesk.adult(members, centre.id());
        List<BookingRequest> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            StationDetails station = BookingDesk.station(stations, centre.id(), "PC-%02d".formatted(i), null, null);
            requests.add(new BookingRequest(member, centre.id(), station.id(), mondayAt(14, 0), 60));
        }

        assertExactlyOneWinner(race(requests), "booking.member.taken");
    }

    private void assertExactlyOneWinner(List<AtOnce.Outcome<BookingDetails>> outcomes, String loserKey) {
        assertThat(outcomes.stream().filter(o -> !o.refused())).hasSize(1);
        assertThat(outcomes.stream().filter(AtOnce.Outcome::refused))
                .hasSize(RACERS - 1)
                .allSatisfy(o -> assertThat(o.refusal().messageKey()).isEqualTo(loserKey));
        BookingDetails winner = outcomes.stream().filter(o -> !o.refused()).findFirst().orElseThrow().value();
        assertThat(bookings.dayOf(centre.id(), monday())).containsExactly(winner);
        assertThat(BookingDesk.bookingRows(jdbc, centre.id())).isEqualTo(1);
        assertThat(BookingDesk.stationSlots(jdbc, centre.id())).isEqualTo(12);
        assertThat(BookingDesk.memberSlots(jdbc, centre.id())).isEqualTo(12);
    }

    /** Even requests go through this node, odd ones through the other, all released at the same moment. */
    private List<AtOnce.Outcome<BookingDetails>> race(List<BookingRequest> requests) throws Exception {
        BookingService other = otherNode.getBean(BookingService.class);
        List<Callable<BookingDetails>> attempts = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            BookingRequest request = requests.get(i);
            attempts.add(i % 2 == 0 ? () -> bookings.book(request) : () -> {
                signInOnOtherNode();
                return other.book(request);
            });
        }
        return AtOnce.race(Collections.nCopies(requests.size(), operator), attempts);
    }

    private void signInOnOtherNode() {
        var context = otherNodeSecurity.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(operator, null,
                operator.getAuthorities()));
        otherNodeSecurity.setContext(context);
    }

    /**
     * Starts the second node once for the class. It installs its own security context holder strategy, which
     * its beans keep; ours is put back for this node's beans, and the other node's is kept to sign in there.
     */
    private static synchronized void startOtherNode() {
        if (otherNode != null) {
            return;
        }
        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        try {
            otherNode = new SpringApplicationBuilder(Application.class, TestClock.class)
                    .run("--server.port=0", "--spring.quartz.scheduler-name=infoplaza-second-node");
            otherNodeSecurity = SecurityContextHolder.getContextHolderStrategy();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(ours);
        }
    }
}
