package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.infoplaza.booking.BookingOutcome;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.AccessUse.BookingDay;
import org.infoplaza.reporting.AccessUse.HourShare;
import org.infoplaza.reporting.AccessUse.PurposeUse;
import org.infoplaza.reporting.AccessUse.QueueWait;
import org.junit.jupiter.api.Test;

/** How access events count: hours, midnight and month boundaries in Panama wall-clock time. */
class AccessUseTest {

    private static final long CENTRE = 7;

    @Test
    void a_session_is_split_at_every_hour_into_its_weekday_and_hour() {
        // Tuesday 4 March 2025.
        assertThat(AccessUse.hourShares(session("2025-03-04T10:40", "2025-03-04T12:10"))).containsExactly(
                new HourShare(CENTRE, LocalDate.of(2025, 3, 1), 2, 10, 20),
                new HourShare(CENTRE, LocalDate.of(2025, 3, 1), 2, 11, 60),
                new HourShare(CENTRE, LocalDate.of(2025, 3, 1), 2, 12, 10));
    }

    @Test
    void a_session_over_midnight_at_the_end_of_a_month_gives_each_month_its_minutes() {
        // Friday 31 January 23:30 to Saturday 1 February 00:45.
        assertThat(AccessUse.hourShares(session("2025-01-31T23:30", "2025-02-01T00:45"))).containsExactly(
                new HourShare(CENTRE, LocalDate.of(2025, 1, 1), 5, 23, 30),
                new HourShare(CENTRE, LocalDate.of(2025, 2, 1), 6, 0, 45));
    }

    @Test
    void seconds_are_neither_lost_nor_counted_twice_and_empty_pieces_are_left_out() {
        var shares = AccessUse.hourShares(session("2025-03-04T09:59:30", "2025-03-04T11:00:10"));
        assertThat(shares).extracting(HourShare::hour).containsExactly(10);
        assertThat(shares).extracting(HourShare::minutes).containsExactly(60L);
        assertThat(AccessUse.hourShares(session("2025-03-04T09:00", "2025-03-04T09:00"))).isEmpty();
        assertThat(AccessUse.hourShares(session("2025-03-04T09:00", "2025-03-04T08:00"))).as("never negative")
                .isEmpty();
    }

    @Test
    void purpose_counts_in_the_month_the_session_started() {
        assertThat(AccessUse.purposeUse(CENTRE, LocalDateTime.parse("2025-01-31T23:30"), VisitPurpose.HEALTH))
                .isEqualTo(new PurposeUse(CENTRE, LocalDate.of(2025, 1, 1), VisitPurpose.HEALTH));
        assertThat(AccessUse.purposeUse(CENTRE, LocalDateTime.parse("2025-02-01T08:00"), null).purpose())
                .isEqualTo(VisitPurpose.OTHER);
    }

    @Test
    void a_booking_counts_on_the_day_it_was_due_under_its_outcome() {
        LocalDateTime due = LocalDateTime.parse("2025-02-28T16:30");
        assertThat(AccessUse.bookingDay(CENTRE, due, BookingOutcome.Kind.NO_SHOW))
                .isEqualTo(new BookingDay(CENTRE, LocalDate.of(2025, 2, 28), 0, 1, 0));
        assertThat(AccessUse.bookingDay(CENTRE, due, BookingOutcome.Kind.CHECKED_IN)
                .plus(AccessUse.bookingDay(CENTRE, due, BookingOutcome.Kind.CANCELLED)))
                .isEqualTo(new BookingDay(CENTRE, LocalDate.of(2025, 2, 28), 1, 0, 1));
    }

    @Test
    void a_queue_wait_is_whole_minutes_in_the_month_the_ticket_was_issued() {
        assertThat(AccessUse.queueWait(CENTRE, LocalDateTime.parse("2025-01-31T23:58:40"),
                LocalDateTime.parse("2025-02-01T00:12:20")))
                .isEqualTo(new QueueWait(CENTRE, LocalDate.of(2025, 1, 1), 13));
        assertThat(AccessUse.queueWait(CENTRE, LocalDateTime.parse("2025-02-03T10:00"),
                LocalDateTime.parse("2025-02-03T10:00:59")).minutes()).isZero();
    }

    @Test
    void a_registration_counts_in_its_month() {
        assertThat(AccessUse.registration(CENTRE, LocalDate.of(2025, 2, 28), Sex.FEMALE, AgeBand.AGE_12_14).month())
                .isEqualTo(LocalDate.of(2025, 2, 1));
    }

    private static StationUse.Session session(String start, String end) {
        return new StationUse.Session(CENTRE, 1L, LocalDateTime.parse(start), LocalDateTime.parse(end));
    }
}
