package org.infoplaza.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.MemberProfile;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.StationUse.DayShare;
import org.infoplaza.reporting.StationUse.MemberUse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The station-use rollup tables ({@code V20__reporting_rollups.sql}). Every day write is an upsert that adds
 * to what is there, so two check-outs at one centre on one day both count, whichever commits first; the row
 * lock the upsert takes keeps them in turn until each commits. The member counts built on the member rows
 * are {@link MemberCountTables}'.
 */
@Component
class RollupTables {

    private static final String ADD_DAY = """
            INSERT INTO rollup_station_day (centre_id, use_day, sessions, guest_sessions, session_minutes, minutes)
            VALUES (?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE sessions = sessions + VALUES(sessions),
                guest_sessions = guest_sessions + VALUES(guest_sessions),
                session_minutes = session_minutes + VALUES(session_minutes),
                minutes = minutes + VALUES(minutes)
            """;

    // A rebuild's rows: one per centre, month and member, each written once into an emptied month.
    private static final String INSERT_MEMBER = """
            INSERT INTO rollup_station_member (centre_id, use_month, member_id, first_day, sex, age_band,
                ethnicity, afro_descendant, disability, corregimiento_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    // A check-out's: inserts no gap lock (a locking read of a missing row would, and two first check-outs of the
    // month at one centre would then deadlock on their inserts); on a duplicate it locks the existing row.
    private static final String INSERT_MEMBER_IF_NEW = """
            INSERT IGNORE INTO rollup_station_member (centre_id, use_month, member_id, first_day, sex, age_band,
                ethnicity, afro_descendant, disability, corregimiento_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String EXISTING_MEMBER = """
            SELECT first_day, sex, age_band FROM rollup_station_member
            WHERE centre_id = ? AND use_month = ? AND member_id = ?
            FOR UPDATE
            """;

    private static final String MOVE_MEMBER = """
            UPDATE rollup_station_member SET first_day = ?, sex = ?, age_band = ?, ethnicity = ?, afro_descendant = ?,
                disability = ?, corregimiento_id = ?
            WHERE centre_id = ? AND use_month = ? AND member_id = ?
            """;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    RollupTables(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    void add(DayShare share) {
        jdbc.update(ADD_DAY, share.centreId(), share.day(), share.sessions(), share.guestSessions(),
                share.sessionMinutes(), share.minutes());
    }

    void addDays(Collection<DayShare> shares) {
        jdbc.batchUpdate(ADD_DAY, shares.stream().map(s -> new Object[] {s.centreId(), s.day(), s.sessions(),
                s.guestSessions(), s.sessionMinutes(), s.minutes()}).toList());
    }

    /**
     * Counts a check-out's member use in the member's row of the centre and month: the profile of the earliest
     * use in the month wins, whatever order the sessions end in. Returns what changed, for the member counts
     * ({@link MemberCountTables}); empty in the common case, a member already counted there on an earlier or
     * the same day, which costs an insert that finds the row and one primary-key read. The row stays locked
     * until the check-out commits, so a second use of the member at this centre waits for the first.
     */
    Optional<MemberChange> add(MemberUse use, MemberProfile profile) {
        if (jdbc.update(INSERT_MEMBER_IF_NEW, memberRow(use, profile)) == 1) {
            return Optional.of(new MemberChange(null));
        }
        MemberCount counted = jdbc.queryForObject(EXISTING_MEMBER, (rs, row) -> rs.getObject(1, LocalDate.class)
                .isAfter(use.day()) ? new MemberCount(Sex.valueOf(rs.getString(2)), AgeBand.valueOf(rs.getString(3)), 1)
                : null, use.centreId(), use.month(), use.memberId());
        if (counted == null) {
            return Optional.empty();
        }
        jdbc.update(MOVE_MEMBER, use.day(), profile.sex().name(), profile.ageBand().name(), name(profile.ethnicity()),
                profile.afroDescendant(), name(profile.disability()), profile.corregimientoId(), use.centreId(),
                use.month(), use.memberId());
        return Optional.of(new MemberChange(counted));
    }

    /** A rebuild's member row, into a month {@link #deleteMembers} emptied. */
    void addRebuilt(MemberUse use, MemberProfile profile) {
        jdbc.update(INSERT_MEMBER, memberRow(use, profile));
    }

    private static Object[] memberRow(MemberUse use, MemberProfile profile) {
        return new Object[] {use.centreId(), use.month(), use.memberId(), use.day(), profile.sex().name(),
                profile.ageBand().name(), name(profile.ethnicity()), profile.afroDescendant(),
                name(profile.disability()), profile.corregimientoId()};
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * A member's row of a centre and month that a check-out added ({@code previous} null) or moved to an
     * earlier first day ({@code previous}: the sex and age band it was counted with until then).
     */
    record MemberChange(MemberCount previous) {
    }

    /** Removes the days from {@code from} to {@code to} of the centre (of every centre when null). */
    void deleteDays(LocalDate from, LocalDate to, Long centreId) {
        if (centreId == null) {
            jdbc.update("DELETE FROM rollup_station_day WHERE use_day BETWEEN ? AND ?", from, to);
        } else {
            jdbc.update("DELETE FROM rollup_station_day WHERE centre_id = ? AND use_day BETWEEN ? AND ?",
                    centreId, from, to);
        }
    }

    /** Removes the members of the months starting {@code fromMonth} to {@code toMonth} (first days). */
    void deleteMembers(LocalDate fromMonth, LocalDate toMonth, Long centreId) {
        if (centreId == null) {
            jdbc.update("DELETE FROM rollup_station_member WHERE use_month BETWEEN ? AND ?", fromMonth, toMonth);
        } else {
            jdbc.update("DELETE FROM rollup_station_member WHERE centre_id = ? AND use_month BETWEEN ? AND ?",
                    centreId, fromMonth, toMonth);
        }
    }

    /** The first day any station use was recorded, at any centre. */
    Optional<LocalDate> firstDay() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MIN(use_day) FROM rollup_station_day", LocalDate.class));
    }

    /** Sums of the days from {@code from} to {@code to}, per centre that had any. */
    Map<Long, DayShare> daySums(Set<Long> centreIds, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = new MapSqlParameterSource("centres", centreIds)
                .addValue("from", from).addValue("to", to);
        Map<Long, DayShare> sums = new HashMap<>();
        named.query("""
                SELECT centre_id, SUM(sessions), SUM(guest_sessions), SUM(session_minutes), SUM(minutes)
                FROM rollup_station_day
                WHERE centre_id IN (:centres) AND use_day BETWEEN :from AND :to
                GROUP BY centre_id
                """, params, rs -> {
                    long centreId = rs.getLong(1);
                    sums.put(centreId, new DayShare(centreId, from, rs.getInt(2), rs.getInt(3), rs.getLong(4),
                            rs.getLong(5)));
                });
        return sums;
    }

    /** Sessions and minutes of these centres together per month (keyed by its first day), days from/to. */
    Map<LocalDate, long[]> monthSums(Set<Long> centreIds, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = new MapSqlParameterSource("centres", centreIds)
                .addValue("from", from).addValue("to", to);
        Map<LocalDate, long[]> sums = new HashMap<>();
        named.query("""
                SELECT DATE_FORMAT(use_day, '%Y-%m-01'), SUM(sessions), SUM(minutes)
                FROM rollup_station_day
                WHERE centre_id IN (:centres) AND use_day BETWEEN :from AND :to
                GROUP BY 1
                """, params, rs -> {
                    sums.put(LocalDate.parse(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return sums;
    }

    /** Distinct members of these centres together in each of the months (first days) that had any. */
    Map<LocalDate, Long> distinctMembers(Set<Long> centreIds, Collection<LocalDate> months) {
        MapSqlParameterSource params = new MapSqlParameterSource("centres", centreIds).addValue("months", months);
        Map<LocalDate, Long> members = new HashMap<>();
        named.query("""
                SELECT use_month, COUNT(DISTINCT member_id) FROM rollup_station_member
                WHERE centre_id IN (:centres) AND use_month IN (:months)
                GROUP BY use_month
                """, params, rs -> {
                    members.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                });
        return members;
    }

    /**
     * Distinct members of these centres together in the month, counted by sex and age band. A member who used
     * several of them counts once, with the profile of their earliest use (the first centre on a tie), so
     * the bands add up to COUNT(DISTINCT member_id).
     */
    List<MemberCount> distinctMemberCounts(Set<Long> centreIds, LocalDate month) {
        MapSqlParameterSource params = new MapSqlParameterSource("centres", centreIds).addValue("month", month);
        return named.query("""
                SELECT sex, age_band, COUNT(*)
                FROM (SELECT sex, age_band,
                             ROW_NUMBER() OVER (PARTITION BY member_id ORDER BY first_day, centre_id) AS nth
                      FROM rollup_station_member
                      WHERE centre_id IN (:centres) AND use_month = :month) AS uses
                WHERE nth = 1
                GROUP BY sex, age_band
                """, params, (rs, row) -> new MemberCount(Sex.valueOf(rs.getString(1)),
                        AgeBand.valueOf(rs.getString(2)), rs.getLong(3)));
    }

    /** Members counted with one sex and age band. */
    record MemberCount(Sex sex, AgeBand ageBand, long members) {

        static Map<Sex, Long> bySex(Collection<MemberCount> counts) {
            Map<Sex, Long> bySex = new EnumMap<>(Sex.class);
            for (Sex sex : Sex.values()) {
                bySex.put(sex, 0L);
            }
            counts.forEach(c -> bySex.merge(c.sex(), c.members(), Long::sum));
            return bySex;
        }

        static Map<Sex, Map<AgeBand, Long>> bySexAndAgeBand(Collection<MemberCount> counts) {
            Map<Sex, Map<AgeBand, Long>> cross = new EnumMap<>(Sex.class);
            counts.forEach(c -> cross.computeIfAbsent(c.sex(), s -> new EnumMap<>(AgeBand.class))
                    .merge(c.ageBand(), c.members(), Long::sum));
            return cross;
        }

        static Map<AgeBand, Long> byAgeBand(Collection<MemberCount> counts) {
            Map<AgeBand, Long> byBand = new EnumMap<>(AgeBand.class);
            for (AgeBand band : AgeBand.values()) {
                byBand.put(band, 0L);
            }
            counts.forEach(c -> byBand.merge(c.ageBand(), c.members(), Long::sum));
            return byBand;
        }
    }
}
