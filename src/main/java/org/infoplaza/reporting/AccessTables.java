package org.infoplaza.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Disability;
import org.infoplaza.member.Ethnicity;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.AccessUse.BookingDay;
import org.infoplaza.reporting.AccessUse.HourShare;
import org.infoplaza.reporting.AccessUse.PurposeUse;
import org.infoplaza.reporting.AccessUse.QueueWait;
import org.infoplaza.reporting.AccessUse.Registration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The access rollup tables ({@code V21__reporting_access_equity.sql}) and the equity columns of
 * {@code rollup_station_member}. Every write is an upsert that adds to what is there, as in
 * {@link RollupTables}, so concurrent events at one centre all count.
 */
@Component
class AccessTables {

    private static final String ADD_HOUR = """
            INSERT INTO rollup_station_hour (centre_id, use_month, weekday, hour, minutes) VALUES (?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE minutes = minutes + VALUES(minutes)
            """;
    private static final String ADD_PURPOSE = """
            INSERT INTO rollup_station_purpose (centre_id, use_month, purpose, sessions) VALUES (?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE sessions = sessions + VALUES(sessions)
            """;
    private static final String ADD_BOOKING_DAY = """
            INSERT INTO rollup_booking_day (centre_id, booking_day, checked_in, no_shows, cancelled)
            VALUES (?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE checked_in = checked_in + VALUES(checked_in),
                no_shows = no_shows + VALUES(no_shows), cancelled = cancelled + VALUES(cancelled)
            """;
    private static final String ADD_QUEUE_WAIT = """
            INSERT INTO rollup_queue_wait (centre_id, wait_month, minutes, tickets) VALUES (?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE tickets = tickets + VALUES(tickets)
            """;
    private static final String ADD_REGISTRATION = """
            INSERT INTO rollup_registration (centre_id, reg_month, sex, age_band, members) VALUES (?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE members = members + VALUES(members)
            """;

    private static final List<String> MONTH_TABLES = List.of("rollup_station_hour:use_month",
            "rollup_station_purpose:use_month", "rollup_queue_wait:wait_month", "rollup_registration:reg_month");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    AccessTables(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    // --- writes

    void addHours(Collection<HourShare> shares) {
        jdbc.batchUpdate(ADD_HOUR, shares.stream().map(s -> new Object[] {s.centreId(), s.month(), s.weekday(),
                s.hour(), s.minutes()}).toList());
    }

    void addPurposes(Map<PurposeUse, Integer> sessions) {
        jdbc.batchUpdate(ADD_PURPOSE, sessions.entrySet().stream().map(e -> new Object[] {e.getKey().centreId(),
                e.getKey().month(), e.getKey().purpose().name(), e.getValue()}).toList());
    }

    void addBookingDays(Collection<BookingDay> days) {
        jdbc.batchUpdate(ADD_BOOKING_DAY, days.stream().map(d -> new Object[] {d.centreId(), d.day(), d.checkedIn(),
                d.noShows(), d.cancelled()}).toList());
    }

    void addQueueWaits(Map<QueueWait, Integer> tickets) {
        jdbc.batchUpdate(ADD_QUEUE_WAIT, tickets.entrySet().stream().map(e -> new Object[] {e.getKey().centreId(),
                e.getKey().month(), e.getKey().minutes(), e.getValue()}).toList());
    }

    void addRegistrations(Map<Registration, Integer> members) {
        jdbc.batchUpdate(ADD_REGISTRATION, members.entrySet().stream().map(e -> new Object[] {e.getKey().centreId(),
                e.getKey().month(), e.getKey().sex().name(), e.getKey().ageBand().name(), e.getValue()}).toList());
    }

    /** Removes the month rows (occupancy, purpose, queue, registrations) of the months given by first days. */
    void deleteMonths(LocalDate fromMonth, LocalDate toMonth, Long centreId) {
        for (String tableAndColumn : MONTH_TABLES) {
            String[] parts = tableAndColumn.split(":");
            if (centreId == null) {
                jdbc.update("DELETE FROM " + parts[0] + " WHERE " + parts[1] + " BETWEEN ? AND ?", fromMonth, toMonth);
            } else {
                jdbc.update("DELETE FROM " + parts[0] + " WHERE centre_id = ? AND " + parts[1] + " BETWEEN ? AND ?",
                        centreId, fromMonth, toMonth);
            }
        }
    }

    void deleteBookingDays(LocalDate from, LocalDate to, Long centreId) {
        if (centreId == null) {
            jdbc.update("DELETE FROM rollup_booking_day WHERE booking_day BETWEEN ? AND ?", from, to);
        } else {
            jdbc.update("DELETE FROM rollup_booking_day WHERE centre_id = ? AND booking_day BETWEEN ? AND ?",
                    centreId, from, to);
        }
    }

    // --- reads

    /** Station-minutes used per centre, [weekday − 1][hour], in the month. */
    Map<Long, long[][]> hourMinutes(Set<Long> centreIds, LocalDate month) {
        Map<Long, long[][]> grids = new HashMap<>();
        named.query("""
                SELECT centre_id, weekday, hour, minutes FROM rollup_station_hour
                WHERE centre_id IN (:centres) AND use_month = :month
                """, params(centreIds, month), rs -> {
                    long[][] grid = grids.computeIfAbsent(rs.getLong(1), id -> new long[7][24]);
                    grid[rs.getInt(2) - 1][rs.getInt(3)] += rs.getLong(4);
                });
        return grids;
    }

    /** Bookings by outcome per centre over the days {@code from} to {@code to}. */
    Map<Long, BookingDay> bookingSums(Set<Long> centreIds, LocalDate from, LocalDate to) {
        Map<Long, BookingDay> sums = new HashMap<>();
        named.query("""
                SELECT centre_id, SUM(checked_in), SUM(no_shows), SUM(cancelled) FROM rollup_booking_day
                WHERE centre_id IN (:centres) AND booking_day BETWEEN :from AND :to
                GROUP BY centre_id
                """, new MapSqlParameterSource("centres", centreIds).addValue("from", from).addValue("to", to),
                rs -> {
                    long centreId = rs.getLong(1);
                    sums.put(centreId, new BookingDay(centreId, from, rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                });
        return sums;
    }

    Map<Long, QueueWaits> queueWaits(Set<Long> centreIds, LocalDate month) {
        Map<Long, TreeMap<Integer, Long>> bins = new HashMap<>();
        named.query("""
                SELECT centre_id, minutes, tickets FROM rollup_queue_wait
                WHERE centre_id IN (:centres) AND wait_month = :month
                """, params(centreIds, month), rs -> {
                    bins.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).merge(rs.getInt(2), rs.getLong(3),
                            Long::sum);
                });
        Map<Long, QueueWaits> waits = new HashMap<>();
        bins.forEach((id, histogram) -> waits.put(id, new QueueWaits(histogram)));
        return waits;
    }

    Map<Long, Map<VisitPurpose, Long>> purposes(Set<Long> centreIds, LocalDate month) {
        Map<Long, Map<VisitPurpose, Long>> purposes = new HashMap<>();
        named.query("""
                SELECT centre_id, purpose, sessions FROM rollup_station_purpose
                WHERE centre_id IN (:centres) AND use_month = :month
                """, params(centreIds, month), rs -> {
                    purposes.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(VisitPurpose.class))
                            .merge(VisitPurpose.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
                });
        return purposes;
    }

    /** New registrations of the centres together in the month, [sex][age band]. */
    long[][] registrations(Set<Long> centreIds, LocalDate month) {
        long[][] counts = new long[Sex.values().length][AgeBand.values().length];
        named.query("""
                SELECT sex, age_band, SUM(members) FROM rollup_registration
                WHERE centre_id IN (:centres) AND reg_month = :month
                GROUP BY sex, age_band
                """, params(centreIds, month), rs -> {
                    counts[Sex.valueOf(rs.getString(1)).ordinal()][AgeBand.valueOf(rs.getString(2)).ordinal()] +=
                            rs.getLong(3);
                });
        return counts;
    }

    /**
     * Distinct members served by these centres together in the month, with the equity fields of their
     * earliest use (the first centre on a tie), as {@link RollupTables#distinctMemberCounts} counts sex.
     */
    List<EquityCount> equityCounts(Set<Long> centreIds, LocalDate month) {
        List<EquityCount> counts = new ArrayList<>();
        named.query("""
                SELECT ethnicity, afro_descendant, disability, corregimiento_id, COUNT(*)
                FROM (SELECT ethnicity, afro_descendant, disability, corregimiento_id,
                             ROW_NUMBER() OVER (PARTITION BY member_id ORDER BY first_day, centre_id) AS nth
                      FROM rollup_station_member
                      WHERE centre_id IN (:centres) AND use_month = :month) AS uses
                WHERE nth = 1
                GROUP BY ethnicity, afro_descendant, disability, corregimiento_id
                """, params(centreIds, month), rs -> {
                    counts.add(equityCount(rs));
                });
        return counts;
    }

    /**
     * The same for a whole scope, from the use that counts each member there ({@link MemberCountTables}):
     * a group of its member rows, no sort of them.
     */
    List<EquityCount> scopeEquityCounts(long scopeId, LocalDate month) {
        List<EquityCount> counts = new ArrayList<>();
        named.query("""
                SELECT ethnicity, afro_descendant, disability, corregimiento_id, COUNT(*)
                FROM rollup_station_scope_member
                WHERE scope_id = :scope AND use_month = :month
                GROUP BY ethnicity, afro_descendant, disability, corregimiento_id
                """, new MapSqlParameterSource("scope", scopeId).addValue("month", month), rs -> {
                    counts.add(equityCount(rs));
                });
        return counts;
    }

    private static EquityCount equityCount(ResultSet rs) throws SQLException {
        String ethnicity = rs.getString(1);
        String disability = rs.getString(3);
        Long corregimiento = rs.getObject(4, Long.class);
        return new EquityCount(ethnicity == null ? null : Ethnicity.valueOf(ethnicity), rs.getBoolean(2),
                disability == null ? null : Disability.valueOf(disability), corregimiento, rs.getLong(5));
    }

    /** Members who share the same equity fields; nulls are "not recorded". */
    record EquityCount(Ethnicity ethnicity, boolean afroDescendant, Disability disability, Long corregimientoId,
            long members) {
    }

    private static MapSqlParameterSource params(Set<Long> centreIds, LocalDate month) {
        return new MapSqlParameterSource("centres", centreIds).addValue("month", month);
    }
}
