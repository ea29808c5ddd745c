package org.infoplaza.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.infoplaza.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code room_reservation} and the per-centre lock that keeps bookings and reservations from
 * racing ({@code room_guard}, see {@code V17__booking_room_reservations.sql}).
 * <p>
 * Whatever adds time on a station takes its centre's guard row in <em>shared</em> mode and then reads the
 * reservations with a locking read, so it sees the latest committed ones whatever its snapshot; reserving
 * takes the same row <em>exclusively</em> before it writes the reservation and flags the bookings it
 * overlaps. Shared locks do not wait for each other, so desks keep booking in parallel; a reservation waits
 * for the bookings in flight to commit and then flags them, and a booking that comes after it waits for it
 * and is refused. Both lock the guard before writing anything else, so neither waits for the other while
 * holding a row the other needs.
 */
@Component
class RoomGuard {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final String COLUMNS = "id, centre_id, reference, label, starts_at, ends_at";
    private static final RowMapper<Reserved> ROW = (rs, row) -> new Reserved(rs.getLong("id"), rs.getLong("centre_id"),
            rs.getString("reference"), rs.getString("label"), rs.getObject("starts_at", LocalDateTime.class),
            rs.getObject("ends_at", LocalDateTime.class));

    private static final Comparator<Reserved> BY_START = Comparator.comparing(Reserved::startsAt)
            .thenComparing(Reserved::id);

    private final JdbcTemplate jdbc;

    RoomGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One reservation as stored. */
    record Reserved(long id, long centreId, String reference, String label, LocalDateTime startsAt,
            LocalDateTime endsAt) {

        /** "The computer room is reserved for a workshop (label) from 15:00 to 17:00". */
        DomainException refusal() {
            return new DomainException("booking.room.reserved", label, startsAt.format(HOURS), endsAt.format(HOURS));
        }

        RoomUse toUse() {
            return new RoomUse(reference, startsAt, endsAt, label);
        }
    }

    /**
     * Takes the centre's guard in shared mode until the transaction ends. The row is inserted first when it
     * is missing (a centre created after the migration): an insert of a row that exists fails quietly and
     * leaves a shared lock on it, and unlike a locking read that finds nothing it locks no gap another
     * desk's insert would wait for.
     */
    void share(long centreId) {
        jdbc.update("INSERT IGNORE INTO room_guard (centre_id) VALUES (?)", centreId);
        jdbc.queryForList("SELECT centre_id FROM room_guard WHERE centre_id = ? LOCK IN SHARE MODE", Long.class, centreId);
    }

    /** Takes the centre's guard exclusively until the transaction ends: bookings of the centre wait. */
    void lock(long centreId) {
        jdbc.update("INSERT INTO room_guard (centre_id) VALUES (?) ON DUPLICATE KEY UPDATE centre_id = centre_id",
                centreId);
        jdbc.queryForList("SELECT centre_id FROM room_guard WHERE centre_id = ? FOR UPDATE", Long.class, centreId);
    }

    /**
     * The first reservation of the centre that overlaps {@code from}–{@code to}, for a rule about to add
     * time on a station: under the shared guard and read with a lock, so a reservation committed after this
     * transaction began is seen too.
     */
    Optional<Reserved> firstOverlapping(long centreId, LocalDateTime from, LocalDateTime to) {
        share(centreId);
        // No ORDER BY ... LIMIT: the few rows that end after "from" are sorted here, so nothing leads the
        // database to scan (and lock) the centre's past reservations by their start.
        return jdbc.query("SELECT " + COLUMNS + " FROM room_reservation"
                        + " WHERE centre_id = ? AND ends_at > ? AND starts_at < ? LOCK IN SHARE MODE", ROW, centreId,
                        from, to)
                .stream().min(BY_START);
    }

    /** The centre's reservations overlapping {@code from}–{@code to}, by start; a plain read, for display. */
    List<Reserved> overlapping(long centreId, LocalDateTime from, LocalDateTime to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM room_reservation"
                + " WHERE centre_id = ? AND ends_at > ? AND starts_at < ?", ROW, centreId, from, to).stream()
                .sorted(BY_START).toList();
    }

    /** Whether a reservation of the centre overlaps {@code from}–{@code to}; a plain read. */
    boolean anyOverlapping(long centreId, LocalDateTime from, LocalDateTime to) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM room_reservation"
                + " WHERE centre_id = ? AND ends_at > ? AND starts_at < ?)", Boolean.class, centreId, from, to));
    }

    /** The reservations with these references, locked for the change that follows. */
    List<Reserved> byReferences(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>(references);
        String marks = String.join(", ", references.stream().map(r -> "?").toList());
        return jdbc.query("SELECT " + COLUMNS + " FROM room_reservation WHERE reference IN (" + marks
                + ") ORDER BY centre_id, id FOR UPDATE", ROW, arguments.toArray());
    }

    /** Stores a new reservation; {@code created_at} in UTC like every instant column. */
    void insert(long centreId, RoomUse use, Instant now) {
        jdbc.update("INSERT INTO room_reservation (centre_id, reference, label, starts_at, ends_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", centreId, use.reference(), use.label(), use.start(), use.end(),
                LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    void update(long id, RoomUse use) {
        jdbc.update("UPDATE room_reservation SET label = ?, starts_at = ?, ends_at = ? WHERE id = ?", use.label(),
                use.start(), use.end(), id);
    }

    void delete(long id) {
        jdbc.update("DELETE FROM room_reservation WHERE id = ?", id);
    }
}
