package org.infoplaza.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The station-use rollup tables ({@code V20__reporting_rollups.sql}). Every write is an upsert that adds to
 * what is there, so two check-outs at one centre on one day both count, whichever commits first; the row
 * lock the upsert takes keeps them in turn until each commits.
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

    // The profile of the earliest use in the month wins, whatever order the sessions end in. MariaDB assigns
    // left to right, so first_day must move last, after the columns that compare with it.
    private static final String ADD_MEMBER = """
            INSERT INTO rollup_station_member (centre_id, use_month, member_id, first_day, sex, age_band,
                ethnicity, afro_descendant, disability, corregimiento_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE sex = IF(VALUES(first_day) < first_day, VALUES(sex), sex),
                age_band = IF(VALUES(first_day) < first_day, VALUES(age_band), age_band),
                ethnicity = IF(VALUES(first_day) < first_day, VALUES(ethnicity), ethnicity),
                afro_descendant = IF(VALUES(first_day) < first_day, VALUES(afro_descendant), afro_descendant),
                disability = IF(VALUES(first_day) < first_day, VALUES(disability), disability),
                corregimiento_id = IF(VALUES(first_day) < first_day, VALUES(corregimiento_id), corregimiento_id),
                first_day = LEAST(first_day, VALUES(first_day))
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

    void add(MemberUse use, MemberProfile profile) {
        jdbc.update(ADD_MEMBER, use.centreId(), use.month(), use.memberId(), use.day(), profile.sex().name(),
                profile.ageBand().name(), profile.ethnicity() == null ? null : profile.ethnicity().name(),
                profile.afroDescendant(), profile.disability() == null ? null : profile.disability().name(),
                profile.corregimientoId());
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

    /** Members of each centre in the month, counted by sex and age band. */
    Map<Long, List<MemberCount>> memberCounts(Set<Long> centreIds, LocalDate month) {
        MapSqlParameterSource params = new MapSqlParameterSource("centres", centreIds).addValue("month", month);
        Map<Long, List<MemberCount>> counts = new HashMap<>();
        named.query("""
                SELECT centre_id, sex, age_band, COUNT(*)
                FROM rollup_station_member
                WHERE centre_id IN (:centres) AND use_month = :month
                GROUP BY centre_id, sex, age_band
                """, params, rs -> {
                    counts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new MemberCount(
                            Sex.valueOf(rs.getString(2)), AgeBand.valueOf(rs.getString(3)), rs.getLong(4)));
                });
        return counts;
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
