package org.infoplaza.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.booking.BookingDesk.mondayAt;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberRegistration;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
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
 * Members with an e-mail address hear about their bookings through the outbox, in their own language: a
 * confirmation with a calendar invitation, one reminder an hour before, and a notice when a no-show
 * released the booking. Members without e-mail get nothing stored.
 */
@IntegrationTest
class BookingNotificationsIntegrationTest {

    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    @Autowired
    BookingService bookings;

    @Autowired
    BookingReminders reminders;

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
    StationDetails pc1;
    long english;
    long spanish;
    long withoutEmail;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = BookingDesk.centre(fixtures, centres, BookingServiceIntegrationTest.RULES);
        pc1 = BookingDesk.station(stations, centre.id(), "PC-01", null, null);
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        english = withEmail("ana@example.org", "en");
        spanish = withEmail("beto@example.org", "es");
        withoutEmail = BookingDesk.adult(members, centre.id());
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    long withEmail(String email, String language) {
        MemberRegistration r = MemberRegistrations.aMember(centre.id()).build();
        return members.register(new MemberRegistration(r.givenNames(), r.surnames(), r.dateOfBirth(), r.sex(),
                r.idType(), r.idNumber(), r.phone(), email, language, r.schoolStatus(), r.schoolGrade(),
                r.occupationStatus(), r.homeCentreId(), r.municipalityId(), r.corregimientoId(), r.community(),
                r.ethnicity(), r.disability(), r.guardian(), r.consents(), r.ignoreDuplicates())).id();
    }

    List<Map<String, Object>> mail(long bookingId) {
        return jdbc.queryForList("SELECT kind, member_id, recipient_email, language, subject, body_text, calendar"
                + " FROM outbox_message WHERE reference = ? ORDER BY id", "booking:" + bookingId);
    }

    BookingDetails book(long member, int hour) {
        return bookings.book(new BookingRequest(member, centre.id(), pc1.id(), mondayAt(hour, 0), 60));
    }

    @Test
    void a_booking_is_confirmed_in_the_members_language_with_a_calendar_invitation() {
        BookingDetails booking = book(english, 14);

        assertThat(mail(booking.id())).singleElement().satisfies(message -> {
            assertThat(message.get("kind")).isEqualTo("booking-confirmation");
            assertThat(((Number) message.get("member_id")).longValue()).as("whose mail it is").isEqualTo(english);
            assertThat(message.get("recipient_email")).isEqualTo("ana@example.org");
            assertThat(message.get("language")).isEqualTo("en");
            assertThat(message.get("subject")).isEqualTo("Booking confirmed: " + centre.name());
            assertThat((String) message.get("body_text")).contains("at 14:00 at " + centre.name() + ", station PC-01");
            String calendar = (String) message.get("calendar");
            assertThat(calendar).contains("UID:booking-" + booking.id() + "@infoplaza")
                    .contains("DTSTART:" + ICS.format(mondayAt(14, 0).atZone(PanamaTime.ZONE)))
                    .contains("DTEND:" + ICS.format(mondayAt(15, 0).atZone(PanamaTime.ZONE)));
        });
    }

    @Test
    void a_member_without_email_gets_nothing_stored() {
        BookingDetails booking = book(withoutEmail, 14);

        assertThat(mail(booking.id())).isEmpty();
    }

    @Test
    void one_reminder_is_queued_an_hour_before_the_start_and_never_twice() {
        BookingDetails booking = book(spanish, 14);
        BookingDetails other = book(withoutEmail, 15);

        clock.standAt(mondayAt(12, 59));
        assertThat(new BookingReminderJob(reminders, clock, 60).run()).isZero();
        clock.standAt(mondayAt(13, 0));
        new BookingReminderJob(reminders, clock, 60).run();
        clock.standAt(mondayAt(13, 1));
        new BookingReminderJob(reminders, clock, 60).run();

        assertThat(mail(booking.id())).extracting(m -> m.get("kind"))
                .containsExactly("booking-confirmation", "booking-reminder");
        Map<String, Object> reminder = mail(booking.id()).get(1);
        assertThat(reminder.get("language")).isEqualTo("es");
        assertThat((String) reminder.get("subject")).startsWith("Recordatorio de su reserva");
        assertThat(reminder.get("calendar")).isNull();
        assertThat(mail(other.id())).isEmpty();
    }

    @Test
    void a_released_no_show_is_told_so() {
        BookingDetails booking = book(spanish, 10);
        clock.standAt(mondayAt(10, 11));

        bookings.releaseNoShows(centre.id());

        assertThat(mail(booking.id())).extracting(m -> m.get("kind"))
                .containsExactly("booking-confirmation", "booking-no-show");
        assertThat((String) mail(booking.id()).get(1).get("body_text")).contains("liberamos su reserva");
    }
}
