package org.infoplaza.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.booking.BookingDesk.mondayAt;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.infoplaza.centre.CentreData;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The minute jobs, run as Quartz would run them (as the system, no one signed in) with the clock standing
 * at chosen moments: a booking is released only once the grace period has passed and its station goes to
 * the walk-in queue; sessions end when their time is up and at closing time. The jobs visit every active
 * centre in the shared test database, so assertions look at this test's centre only.
 */
@IntegrationTest
@RecordApplicationEvents
class BookingJobsIntegrationTest {

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
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    CentreDetails centre;
    StationDetails pc1;
    StaffPrincipal operator;
    long ana;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        pc1 = BookingDesk.station(stations, centre.id(), "PC-01", null, null);
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
        ana = BookingDesk.adult(members, centre.id());
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    long runNoShowJob() throws Exception {
        SignedIn.nobody();
        try {
            return new NoShowReleaseJob(bookings, centres).run();
        } finally {
            SignedIn.as(operator);
        }
    }

    long runSessionEndJob() throws Exception {
        SignedIn.nobody();
        try {
            return new SessionEndJob(bookings, queue, centres).run();
        } finally {
            SignedIn.as(operator);
        }
    }

    @Test
    void a_booking_not_checked_in_is_released_after_the_grace_period_and_not_before_and_its_station_goes_to_the_queue()
            throws Exception {
        BookingDetails booking = bookings.book(new BookingRequest(ana, centre.id(), pc1.id(), mondayAt(10, 0), 60));
        clock.standAt(mondayAt(10, 5));
        QueueTicket guest = queue.issueTicket(null, centre.id(), VisitPurpose.LEISURE);
        assertThat(guest.status()).as("the booked station is not free").isEqualTo(TicketStatus.WAITING);

        clock.standAt(mondayAt(10, 10));
        runNoShowJob();
        assertThat(bookings.get(booking.id()).status()).as("grace of 10 minutes not over").isEqualTo(BookingStatus.BOOKED);

        clock.standAt(mondayAt(10, 11));
        runNoShowJob();

        assertThat(bookings.get(booking.id()).status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(events.stream(NoShowReleased.class).filter(e -> e.centreId() == centre.id())).extracting(NoShowReleased::bookingId).containsExactly(booking.id());
        assertThat(queue.queue(centre.id())).singleElement().satisfies(ticket -> {
            assertThat(ticket.number()).isEqualTo(guest.number());
            assertThat(ticket.status()).isEqualTo(TicketStatus.OFFERED);
            assertThat(ticket.offeredStationId()).isEqualTo(pc1.id());
        });
    }

    @Test
    void a_session_whose_time_is_up_is_ended_by_the_job() throws Exception {
        BookingDetails booking = bookings.book(new BookingRequest(ana, centre.id(), pc1.id(), mondayAt(10, 0), 30));
        clock.standAt(mondayAt(10, 0));
        bookings.checkIn(booking.id(), VisitPurpose.EDUCATION);

        clock.standAt(mondayAt(10, 29));
        runSessionEndJob();
        assertThat(bookings.get(booking.id()).status()).isEqualTo(BookingStatus.IN_SESSION);

        clock.standAt(mondayAt(10, 30));
        runSessionEndJob();

        BookingDetails ended = bookings.get(booking.id());
        assertThat(ended.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(ended.endsAt()).isEqualTo(mondayAt(10, 30));
        assertThat(events.stream(SessionEnded.class).filter(e -> e.centreId() == centre.id())).extracting(SessionEnded::bookingId).containsExactly(booking.id());
    }

    @Test
    void a_walk_in_session_is_ended_at_closing_time() throws Exception {
        clock.standAt(mondayAt(16, 40));
        BookingDetails session = bookings.startWalkIn(ana, centre.id(), VisitPurpose.COMMUNICATION);
        assertThat(session.endsAt()).isEqualTo(mondayAt(17, 0));

        clock.standAt(mondayAt(16, 59));
        runSessionEndJob();
        assertThat(bookings.get(session.id()).status()).isEqualTo(BookingStatus.IN_SESSION);

        clock.standAt(mondayAt(17, 0));
        runSessionEndJob();

        BookingDetails ended = bookings.get(session.id());
        assertThat(ended.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(ended.endsAt()).isEqualTo(mondayAt(17, 0));
    }

    @Test
    void a_session_planned_past_a_closing_time_moved_earlier_is_ended_when_the_centre_closes() throws Exception {
        BookingDetails booking = bookings.book(new BookingRequest(ana, centre.id(), pc1.id(), mondayAt(15, 30), 90));
        clock.standAt(mondayAt(15, 30));
        bookings.checkIn(booking.id(), VisitPurpose.EDUCATION);
        // The administrator shortens Monday afternoons to 16:30 while Ana is at the station.
        SystemAuthentication.run(() -> {
            CentreData data = centres.get(centre.id()).toData();
            centres.update(centre.id(), new CentreData(data.code(), data.name(), data.municipalityId(),
                    data.corregimiento(), data.address(), data.phone(), data.email(), data.hostOrganisation(),
                    data.hostKind(), data.rules(), List.of(
                            new OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                            new OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(16, 30))),
                    data.openedOn(), data.version()));
        });

        clock.standAt(mondayAt(16, 29));
        runSessionEndJob();
        assertThat(bookings.get(booking.id()).status()).isEqualTo(BookingStatus.IN_SESSION);

        clock.standAt(mondayAt(16, 30));
        runSessionEndJob();

        BookingDetails ended = bookings.get(booking.id());
        assertThat(ended.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(ended.endsAt()).as("counted until the centre closed, not the planned 17:00").isEqualTo(mondayAt(16, 30));
    }
}
