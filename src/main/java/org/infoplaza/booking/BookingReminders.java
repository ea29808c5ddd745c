package org.infoplaza.booking;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the bookings that start soon and were not reminded yet, and enqueues their reminders. The
 * {@code booking_reminder} row and the outbox message are written in one transaction; the row's primary key
 * lets only one of two racing runs claim a booking.
 */
@Component
class BookingReminders {

    private final BookingRepository bookings;
    private final BookingNotices notices;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BookingReminders(BookingRepository bookings, BookingNotices notices, JdbcTemplate jdbc, Clock clock) {
        this.bookings = bookings;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reminds bookings still waiting for their member that start after {@code now} and before {@code until}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int remindStartingBefore(LocalDateTime now, LocalDateTime until) {
        // Plain JDBC, like the slot tables: booking times are compared as the wall-clock values they are.
        List<Long> ids = jdbc.queryForList("""
                SELECT b.id FROM booking b
                WHERE b.status = 'BOOKED' AND b.member_id IS NOT NULL AND b.starts_at > ? AND b.starts_at <= ?
                  AND NOT EXISTS (SELECT 1 FROM booking_reminder r WHERE r.booking_id = b.id)
                ORDER BY b.starts_at
                """, Long.class, now, until);
        List<Booking> due = bookings.findAllById(ids);
        int sent = 0;
        for (Booking booking : due) {
            int claimed = jdbc.update("INSERT IGNORE INTO booking_reminder (booking_id, sent_at) VALUES (?, ?)",
                    booking.getId(), clock.instant());
            if (claimed == 1) {
                notices.reminder(booking.toDetails());
                sent++;
            }
        }
        return sent;
    }
}
