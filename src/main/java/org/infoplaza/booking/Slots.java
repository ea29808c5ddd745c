package org.infoplaza.booking;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.infoplaza.shared.Constraints;
import org.infoplaza.shared.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The 5-minute slots that bookings hold on stations ({@code booking_slot}) and members ({@code member_slot}).
 * Both tables have the (owner, slot) pair as primary key, so of two transactions claiming the same slot one
 * fails, however the checks before it raced. The station's slots are claimed in one statement and the
 * member's in another, because MariaDB names both keys only "PRIMARY": the statement that failed tells
 * which rule refused.
 */
@Component
class Slots {

    static final int MINUTES = 5;

    private final JdbcTemplate jdbc;

    Slots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The slot containing this moment: a session started at 14:08 holds from 14:05. */
    static LocalDateTime slotOf(LocalDateTime time) {
        LocalDateTime minute = time.truncatedTo(ChronoUnit.MINUTES);
        return minute.minusMinutes(minute.getMinute() % MINUTES);
    }

    /** Every slot that time from {@code start} to {@code end} touches (the end itself excluded). */
    static List<LocalDateTime> between(LocalDateTime start, LocalDateTime end) {
        List<LocalDateTime> slots = new ArrayList<>();
        for (LocalDateTime slot = slotOf(start); slot.isBefore(end); slot = slot.plusMinutes(MINUTES)) {
            slots.add(slot);
        }
        return slots;
    }

    /**
     * Locks the station's row, then the member's, before a booking or slot row refers to them, so that desks
     * writing for one station or member take turns: the second meets the first's committed slots and is
     * refused with the rule, as if it had come a moment later. Without it, concurrent writers each take
     * shared locks on those rows (the foreign key checks of their inserts) and lock gaps of the slot index
     * in whatever order their statements reach them; the drill of {@code KillDuringBookingIntegrationTest}
     * once ended a walk-in with a deadlock on its slot insert, which the desk would have seen as an error.
     * Station before member, always, so that two writers never wait for each other in opposite orders.
     */
    void lockOwners(long stationId, Long memberId) {
        jdbc.queryForList("SELECT id FROM station WHERE id = ? FOR UPDATE", Long.class, stationId);
        if (memberId != null) {
            jdbc.queryForList("SELECT id FROM member WHERE id = ? FOR UPDATE", Long.class, memberId);
        }
    }

    /** Claims the slots for the booking, or refuses naming the rule: station first, then member. */
    void claim(long bookingId, long stationId, Long memberId, List<LocalDateTime> slots) {
        if (slots.isEmpty()) {
            return;
        }
        insert("booking_slot", "station_id", stationId, bookingId, slots, "booking.station.taken");
        if (memberId != null) {
            insert("member_slot", "member_id", memberId, bookingId, slots, "booking.member.taken");
        }
    }

    /**
     * Frees the booking's slots from {@code from} on (all of them when {@code from} is null). The slots are read
     * first and deleted by their primary keys: a range delete by booking would lock, in MariaDB's default
     * isolation, the gap after the booking's last slot in the booking index too, where the next booking's slots
     * are inserted, and a booking and a check-out at two desks could deadlock on it (found by the
     * kill-during-booking drill with its commits held). Deleting existing rows by their keys locks only them.
     */
    void release(long bookingId, LocalDateTime from) {
        LocalDateTime start = from == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : from;
        releaseFrom("booking_slot", "station_id", bookingId, start);
        releaseFrom("member_slot", "member_id", bookingId, start);
    }

    private void releaseFrom(String table, String owner, long bookingId, LocalDateTime start) {
        List<Object[]> keys = jdbc.query("SELECT " + owner + ", slot_start FROM " + table
                + " WHERE booking_id = ? AND slot_start >= ?",
                (rs, row) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDateTime.class), bookingId},
                bookingId, start);
        if (!keys.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM " + table + " WHERE " + owner + " = ? AND slot_start = ? AND booking_id = ?",
                    keys);
        }
    }

    /** Whether any of these slots is held on the station. */
    boolean stationBusy(long stationId, LocalDateTime from, LocalDateTime to) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM booking_slot WHERE station_id = ? AND slot_start >= ? AND slot_start < ?)",
                Boolean.class, stationId, slotOf(from), to));
    }

    boolean memberBusy(long memberId, LocalDateTime from, LocalDateTime to) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM member_slot WHERE member_id = ? AND slot_start >= ? AND slot_start < ?)",
                Boolean.class, memberId, slotOf(from), to));
    }

    /** The first held slot on the station at or after {@code from}, if any before {@code until}. */
    Optional<LocalDateTime> nextOnStation(long stationId, LocalDateTime from, LocalDateTime until) {
        return next("booking_slot", "station_id", stationId, from, until);
    }

    Optional<LocalDateTime> nextForMember(long memberId, LocalDateTime from, LocalDateTime until) {
        return next("member_slot", "member_id", memberId, from, until);
    }

    /** Slot rows a booking holds, in time order (for tests and consistency checks). */
    List<LocalDateTime> heldBy(long bookingId) {
        return jdbc.query("SELECT slot_start FROM booking_slot WHERE booking_id = ? ORDER BY slot_start",
                (rs, row) -> rs.getObject(1, LocalDateTime.class), bookingId);
    }

    List<LocalDateTime> heldByMember(long bookingId) {
        return jdbc.query("SELECT slot_start FROM member_slot WHERE booking_id = ? ORDER BY slot_start",
                (rs, row) -> rs.getObject(1, LocalDateTime.class), bookingId);
    }

    private Optional<LocalDateTime> next(String table, String owner, long ownerId, LocalDateTime from,
            LocalDateTime until) {
        return jdbc.query("SELECT MIN(slot_start) FROM " + table + " WHERE " + owner
                        + " = ? AND slot_start >= ? AND slot_start < ?",
                (rs, row) -> rs.getObject(1, LocalDateTime.class), ownerId, slotOf(from), until)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private void insert(String table, String owner, long ownerId, long bookingId, Collection<LocalDateTime> slots,
            String refusal) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(owner)
                .append(", slot_start, booking_id) VALUES ");
        List<Object> arguments = new ArrayList<>();
        for (LocalDateTime slot : slots) {
            sql.append(arguments.isEmpty() ? "(?, ?, ?)" : ", (?, ?, ?)");
            arguments.add(ownerId);
            arguments.add(slot);
            arguments.add(bookingId);
        }
        try {
            jdbc.update(sql.toString(), arguments.toArray());
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, "PRIMARY")) {
                throw new DomainException(refusal);
            }
            throw Constraints.unexpected();
        }
    }
}
