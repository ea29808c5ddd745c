package org.infoplaza.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.MemberProfile;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.RollupTables.MemberChange;
import org.infoplaza.reporting.RollupTables.MemberCount;
import org.infoplaza.reporting.StationUse.MemberUse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The member counts ({@code V26__reporting_member_counts.sql}): per centre, month, sex and age band; and per
 * scope (a municipality, or the nation as scope {@value #NATION}) the one use that counts each member in the
 * month, earliest first day then lowest centre id, with its counts by sex and age band. They let a report
 * read a month in a few hundred rows instead of counting and de-duplicating its ~66,000 member rows.
 *
 * <p>A check-out keeps them in its transaction, after {@link RollupTables#add(MemberUse, MemberProfile)}
 * changed the member's row of the centre; when that row did not change, nothing here can (the scopes' winner
 * is at least as early), so the common check-out never comes here. Locks are taken in one order by every
 * check-out: the centre's member row, the scope rows (nation, then municipality), the centre's counts, the
 * scopes' counts (each set in key order, in one statement); two check-outs of one member at two centres meet
 * on the scope rows and go one after the other, the second reading the first's result.
 */
@Component
class MemberCountTables {

    /** The nation's scope id; municipalities are their own ids. */
    static final long NATION = 0;

    private static final String CENTRE_COUNTS = "rollup_station_member_count (centre_id";
    private static final String SCOPE_COUNTS = "rollup_station_scope_count (scope_id";
    private static final int BATCH = 5_000;

    private static final String SCOPE_MEMBER_COLUMNS = """
            scope_id, use_month, member_id, centre_id, first_day, sex, age_band, ethnicity, afro_descendant,
                disability, corregimiento_id""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    MemberCountTables(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    // --- a check-out

    /**
     * Counts a change of the member's row at {@code use}'s centre, whose municipality is {@code municipalityId}:
     * the centre's counts, and each scope's winner and counts when this use is now the earliest of the scope.
     */
    void counted(MemberUse use, MemberProfile profile, MemberChange change, long municipalityId) {
        List<Delta> centreDeltas = new ArrayList<>();
        if (change.previous() != null) {
            centreDeltas.add(new Delta(use.centreId(), change.previous().sex(), change.previous().ageBand(), -1));
        }
        centreDeltas.add(new Delta(use.centreId(), profile.sex(), profile.ageBand(), 1));

        List<Delta> scopeDeltas = new ArrayList<>();
        Object[] ours = {use.month(), use.memberId(), use.centreId(), use.day(), profile.sex().name(),
                profile.ageBand().name(), name(profile.ethnicity()), profile.afroDescendant(),
                name(profile.disability()), profile.corregimientoId()};
        // Inserts the scope rows that are missing and locks those that are there, exclusively at once: a shared
        // lock (INSERT IGNORE's) would deadlock two check-outs of one member that both went on to update.
        jdbc.update("INSERT INTO rollup_station_scope_member (" + SCOPE_MEMBER_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE member_id = member_id", concat(NATION, ours, municipalityId, ours));
        List<Long> replaced = new ArrayList<>();
        jdbc.query("""
                SELECT scope_id, centre_id, first_day, sex, age_band FROM rollup_station_scope_member
                WHERE scope_id IN (?, ?) AND use_month = ? AND member_id = ?
                FOR UPDATE
                """, rs -> {
                    long scope = rs.getLong(1);
                    long centre = rs.getLong(2);
                    LocalDate firstDay = rs.getObject(3, LocalDate.class);
                    if (centre == use.centreId() && firstDay.equals(use.day())) {
                        // Inserted just now: only a check-out holding this centre's member row writes its use.
                        scopeDeltas.add(new Delta(scope, profile.sex(), profile.ageBand(), 1));
                    } else if (use.day().isBefore(firstDay) || use.day().equals(firstDay) && use.centreId() < centre) {
                        replaced.add(scope);
                        scopeDeltas.add(new Delta(scope, Sex.valueOf(rs.getString(4)),
                                AgeBand.valueOf(rs.getString(5)), -1));
                        scopeDeltas.add(new Delta(scope, profile.sex(), profile.ageBand(), 1));
                    }
                }, NATION, municipalityId, use.month(), use.memberId());
        if (!replaced.isEmpty()) {
            named.update("""
                    UPDATE rollup_station_scope_member SET centre_id = :centre, first_day = :day, sex = :sex,
                        age_band = :band, ethnicity = :ethnicity, afro_descendant = :afro, disability = :disability,
                        corregimiento_id = :corregimiento
                    WHERE scope_id IN (:scopes) AND use_month = :month AND member_id = :member
                    """, new MapSqlParameterSource("centre", use.centreId()).addValue("day", use.day())
                    .addValue("sex", profile.sex().name()).addValue("band", profile.ageBand().name())
                    .addValue("ethnicity", name(profile.ethnicity())).addValue("afro", profile.afroDescendant())
                    .addValue("disability", name(profile.disability()))
                    .addValue("corregimiento", profile.corregimientoId()).addValue("scopes", replaced)
                    .addValue("month", use.month()).addValue("member", use.memberId()));
        }
        add(CENTRE_COUNTS, use.month(), centreDeltas);
        add(SCOPE_COUNTS, use.month(), scopeDeltas);
    }

    /**
     * One statement for the deltas that do not cancel out, in key order (so that locks come in one order). A
     * use moves one member at most, so each net delta is one more or one less.
     */
    private void add(String table, LocalDate month, List<Delta> deltas) {
        Map<Delta, Integer> net = new TreeMap<>(Comparator.comparingLong(Delta::owner)
                .thenComparing(d -> d.sex().name()).thenComparing(d -> d.ageBand().name()));
        deltas.forEach(d -> net.merge(new Delta(d.owner(), d.sex(), d.ageBand(), 0), d.members(), Integer::sum));
        net.values().removeIf(n -> n == 0);
        if (net.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>();
        net.forEach((key, members) -> args.addAll(List.of(key.owner(), month, key.sex().name(),
                key.ageBand().name(), members > 0 ? 1 : 0)));
        jdbc.update(countUpsert(table, net.size()), args.toArray());
    }

    /**
     * Adds one to each of {@code rows} counts, or takes one where the value given is 0. MariaDB checks the
     * row to insert against {@code members >= 0} even when it then updates instead, so "one less" cannot be
     * written as -1; a row to take from is always there (it counted the member), and one left negative by a
     * mistake fails the same check.
     */
    private static String countUpsert(String table, int rows) {
        return "INSERT INTO " + table + ", use_month, sex, age_band, members) VALUES "
                + String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?, ?)"))
                + " ON DUPLICATE KEY UPDATE members = members + IF(VALUES(members) = 0, -1, 1)";
    }

    /** A count to add (or, negative, take) for a centre or a scope. */
    private record Delta(long owner, Sex sex, AgeBand ageBand, int members) {
    }

    // --- a rebuild

    /** Removes the centre's counts (every centre's when null) of the months {@code fromMonth} to {@code toMonth}. */
    void deleteCentreCounts(LocalDate fromMonth, LocalDate toMonth, Long centreId) {
        if (centreId == null) {
            jdbc.update("DELETE FROM rollup_station_member_count WHERE use_month BETWEEN ? AND ?", fromMonth, toMonth);
        } else {
            jdbc.update("DELETE FROM rollup_station_member_count WHERE centre_id = ? AND use_month BETWEEN ? AND ?",
                    centreId, fromMonth, toMonth);
        }
    }

    /** Removes the scopes' members and counts of the months (every scope's when {@code scopeIds} is null). */
    void deleteScopes(LocalDate fromMonth, LocalDate toMonth, Collection<Long> scopeIds) {
        for (String table : List.of("rollup_station_scope_member", "rollup_station_scope_count")) {
            MapSqlParameterSource params = new MapSqlParameterSource("from", fromMonth).addValue("to", toMonth)
                    .addValue("scopes", scopeIds);
            named.update("DELETE FROM " + table + " WHERE use_month BETWEEN :from AND :to"
                    + (scopeIds == null ? "" : " AND scope_id IN (:scopes)"), params);
        }
    }

    /**
     * Counts the centre's member rows (every centre's when null) of the months, which the rebuild just wrote:
     * only those rows, so that it waits for no check-out at another centre.
     */
    void recountCentres(LocalDate fromMonth, LocalDate toMonth, Long centreId) {
        String insert = """
                INSERT INTO rollup_station_member_count (centre_id, use_month, sex, age_band, members)
                SELECT centre_id, use_month, sex, age_band, COUNT(*) FROM rollup_station_member
                WHERE use_month BETWEEN ? AND ?
                """;
        String group = " GROUP BY centre_id, use_month, sex, age_band";
        if (centreId == null) {
            jdbc.update(insert + group, fromMonth, toMonth);
        } else {
            jdbc.update(insert + " AND centre_id = ?" + group, fromMonth, toMonth, centreId);
        }
    }

    /**
     * Picks each member's use of the scope's centres in the months from the member rows and writes it with
     * the scope's counts, into months {@link #deleteScopes} emptied. It reads the rows as they were when the
     * rebuild first read anything (after its deletes), without locking them: a check-out at another centre of
     * the scope that is waiting for the deleted scope rows holds its member row, and a locking read would wait
     * for it in turn. That check-out counts itself on these rows once the rebuild commits.
     */
    void recountScope(long scopeId, Set<Long> centreIds, LocalDate fromMonth, LocalDate toMonth) {
        if (centreIds.isEmpty()) {
            return;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("centres", centreIds).addValue("from", fromMonth)
                .addValue("to", toMonth);
        List<Object[]> winners = new ArrayList<>();
        Map<List<Object>, Integer> counts = new HashMap<>();
        named.query("""
                SELECT use_month, member_id, centre_id, first_day, sex, age_band, ethnicity, afro_descendant,
                       disability, corregimiento_id
                FROM (SELECT m.*, ROW_NUMBER() OVER (PARTITION BY use_month, member_id ORDER BY first_day, centre_id)
                                  AS nth
                      FROM rollup_station_member m
                      WHERE centre_id IN (:centres) AND use_month BETWEEN :from AND :to) AS uses
                WHERE nth = 1
                """, params, rs -> {
                    LocalDate month = rs.getObject(1, LocalDate.class);
                    winners.add(new Object[] {scopeId, month, rs.getLong(2), rs.getLong(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9),
                            rs.getObject(10, Long.class)});
                    counts.merge(List.of(month, rs.getString(5), rs.getString(6)), 1, Integer::sum);
                });
        for (int from = 0; from < winners.size(); from += BATCH) {
            jdbc.batchUpdate("INSERT INTO rollup_station_scope_member (" + SCOPE_MEMBER_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    winners.subList(from, Math.min(winners.size(), from + BATCH)));
        }
        jdbc.batchUpdate("INSERT INTO " + SCOPE_COUNTS + ", use_month, sex, age_band, members) VALUES (?, ?, ?, ?, ?)",
                counts.entrySet().stream().map(e -> new Object[] {scopeId, e.getKey().get(0),
                e.getKey().get(1), e.getKey().get(2), e.getValue()}).toList());
    }

    // --- reads

    /** Members of each centre in the month, counted by sex and age band (as rows counted one by one would). */
    Map<Long, List<MemberCount>> centreCounts(Set<Long> centreIds, LocalDate month) {
        Map<Long, List<MemberCount>> counts = new HashMap<>();
        named.query("""
                SELECT centre_id, sex, age_band, members FROM rollup_station_member_count
                WHERE centre_id IN (:centres) AND use_month = :month AND members > 0
                """, new MapSqlParameterSource("centres", centreIds).addValue("month", month), rs -> {
                    counts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new MemberCount(
                            Sex.valueOf(rs.getString(2)), AgeBand.valueOf(rs.getString(3)), rs.getLong(4)));
                });
        return counts;
    }

    /** Distinct members of the whole scope in the month, by sex and age band. */
    List<MemberCount> scopeCounts(long scopeId, LocalDate month) {
        return jdbc.query("""
                SELECT sex, age_band, members FROM rollup_station_scope_count
                WHERE scope_id = ? AND use_month = ? AND members > 0
                """, (rs, row) -> new MemberCount(Sex.valueOf(rs.getString(1)), AgeBand.valueOf(rs.getString(2)),
                        rs.getLong(3)), scopeId, month);
    }

    /** Distinct members of the whole scope in each month from {@code fromMonth} to {@code toMonth} that had any. */
    Map<LocalDate, Long> scopeTotals(long scopeId, LocalDate fromMonth, LocalDate toMonth) {
        Map<LocalDate, Long> totals = new HashMap<>();
        jdbc.query("""
                SELECT use_month, SUM(members) FROM rollup_station_scope_count
                WHERE scope_id = ? AND use_month BETWEEN ? AND ?
                GROUP BY use_month
                """, rs -> {
                    totals.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                }, scopeId, fromMonth, toMonth);
        return totals;
    }

    /** The months from {@code fromMonth} to {@code toMonth} in which any of these centres served a member. */
    Set<LocalDate> monthsWithMembers(Set<Long> centreIds, LocalDate fromMonth, LocalDate toMonth) {
        Set<LocalDate> months = new TreeSet<>();
        if (centreIds.isEmpty()) {
            return months;
        }
        named.query("""
                SELECT DISTINCT use_month FROM rollup_station_member_count
                WHERE centre_id IN (:centres) AND use_month BETWEEN :from AND :to AND members > 0
                """, new MapSqlParameterSource("centres", centreIds).addValue("from", fromMonth).addValue("to", toMonth),
                rs -> {
                    months.add(rs.getObject(1, LocalDate.class));
                });
        return months;
    }

    private static Object[] concat(long firstScope, Object[] first, long secondScope, Object[] second) {
        Object[] args = new Object[2 + first.length + second.length];
        args[0] = firstScope;
        System.arraycopy(first, 0, args, 1, first.length);
        args[1 + first.length] = secondScope;
        System.arraycopy(second, 0, args, 2 + first.length, second.length);
        return args;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
