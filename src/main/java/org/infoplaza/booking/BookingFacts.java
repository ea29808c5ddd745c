package org.infoplaza.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The raw facts the reports recount when they rebuild a period: what became of the bookings and how long
 * served walk-in tickets waited. Ids and times only, never a member; administrators and the system only,
 * like {@link BookingService#completedSessions}. Plain SQL on booking's own tables, read in key order.
 */
@Service
@Transactional(readOnly = true)
public class BookingFacts {

    private final JdbcTemplate jdbc;

    BookingFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The centre's bookings (not walk-ins, not guests) that start on the days {@code from} to {@code to}
     * (inclusive) and have an outcome: checked in (in session or completed), released as a no-show, or
     * cancelled. Bookings still waiting are left out.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<BookingOutcome> bookingOutcomes(long centreId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT id, centre_id, starts_at, status, checked_in_at FROM booking
                WHERE centre_id = ? AND kind = 'BOOKING' AND starts_at >= ? AND starts_at < ?
                  AND status IN ('IN_SESSION', 'COMPLETED', 'NO_SHOW', 'CANCELLED')
                ORDER BY starts_at, id
                """, (rs, row) -> new BookingOutcome(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDateTime.class), outcome(rs.getString(4))),
                centreId, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    /** The centre's walk-in tickets issued on the days {@code from} to {@code to} that were served. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ServedTicket> servedTickets(long centreId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT id, centre_id, issued_at, closed_at FROM walk_in_ticket
                WHERE centre_id = ? AND day BETWEEN ? AND ? AND status = 'SERVED'
                ORDER BY day, number
                """, (rs, row) -> new ServedTicket(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDateTime.class),
                        rs.getObject(4, LocalDateTime.class)), centreId, from, to);
    }

    private static BookingOutcome.Kind outcome(String status) {
        return switch (BookingStatus.valueOf(status)) {
            case NO_SHOW -> BookingOutcome.Kind.NO_SHOW;
            case CANCELLED -> BookingOutcome.Kind.CANCELLED;
            default -> BookingOutcome.Kind.CHECKED_IN;
        };
    }
}
