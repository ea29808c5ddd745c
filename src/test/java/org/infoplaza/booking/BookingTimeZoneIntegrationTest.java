package org.infoplaza.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.booking.BookingDesk.mondayAt;

import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
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
 * Booking times are Panama wall-clock times (LocalDateTime) written by Hibernate, slot times the same values
 * written by plain JDBC; the application also sets {@code hibernate.jdbc.time_zone=UTC} for its Instant
 * columns. On a server whose JVM runs in Panama time the two must still agree to the minute in the database,
 * and Instant columns must still hold UTC. Compared in SQL, so no driver conversion hides a shift.
 */
@IntegrationTest
class BookingTimeZoneIntegrationTest {

    private static final DateTimeFormatter SQL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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

    TimeZone jvmZone;

    @BeforeEach
    void setUp() {
        jvmZone = TimeZone.getDefault();
        clock.standAt(mondayAt(9, 0));
    }

    @AfterEach
    void tearDown() {
        TimeZone.setDefault(jvmZone);
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void a_booking_written_on_a_jvm_in_panama_time_starts_at_its_first_slot_and_instants_stay_utc() {
        TimeZone.setDefault(TimeZone.getTimeZone("America/Panama"));
        CentreDetails centre = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        StationDetails station = BookingDesk.station(stations, centre.id(), "PC-01", null, null);
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        long ana = BookingDesk.adult(members, centre.id());

        BookingDetails booking = bookings.book(new BookingRequest(ana, centre.id(), station.id(), mondayAt(14, 0), 60));

        assertThat(jdbc.queryForObject("SELECT DATE_FORMAT(starts_at, '%Y-%m-%d %H:%i') FROM booking WHERE id = ?",
                String.class, booking.id())).isEqualTo(mondayAt(14, 0).format(SQL_MINUTE));
        assertThat(jdbc.queryForObject("""
                SELECT b.starts_at = MIN(s.slot_start) AND b.ends_at = MAX(s.slot_start) + INTERVAL 5 MINUTE
                FROM booking b JOIN booking_slot s ON s.booking_id = b.id WHERE b.id = ?
                """, Boolean.class, booking.id())).isTrue();
        // created_at is an Instant: 09:00 in Panama is 14:00 UTC, whatever the JVM's zone.
        assertThat(jdbc.queryForObject("SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i') FROM booking WHERE id = ?",
                String.class, booking.id())).isEqualTo(mondayAt(14, 0).format(SQL_MINUTE));
        // And Hibernate reads back what it wrote, and finds it by its day.
        assertThat(bookings.get(booking.id()).startsAt()).isEqualTo(mondayAt(14, 0));
        assertThat(bookings.dayOf(centre.id(), BookingDesk.monday())).containsExactly(bookings.get(booking.id()));
    }
}
