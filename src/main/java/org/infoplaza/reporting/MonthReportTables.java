package org.infoplaza.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cycle's append-only tables ({@code V23__reporting_month_cycle.sql}): the month rows as the job creates
 * them, the snapshots of the figures, the reopenings and the once-per-month claim of the summary mail.
 * Plain JDBC, because these are inserts that must not fail when a row is already there (two nodes, a job
 * run twice).
 */
@Component
class MonthReportTables {

    private static final Pattern JSON_COUNT = Pattern.compile("\"([A-Z0-9_]+)\"\\s*:\\s*(\\d+)");

    private final JdbcTemplate jdbc;

    MonthReportTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the centre's month as OPEN unless it exists; returns whether this call created it. */
    boolean createIfAbsent(long centreId, YearMonth month, Instant now) {
        return jdbc.update("""
                INSERT IGNORE INTO month_report (version, centre_id, report_month, status, computed_at)
                VALUES (0, ?, ?, 'OPEN', ?)
                """, centreId, month.atDay(1), Timestamp.from(now)) == 1;
    }

    /** A snapshot of the figures as they are: the same revision as the last one if nothing changed, else the next. */
    Snapshot snapshot(long reportId, RevisionOccasion occasion, StationUseFigures figures, String by, Instant now) {
        Optional<Snapshot> last = lastSnapshot(reportId);
        int revision = last.map(s -> sameFigures(s.figures(), figures) ? s.revision() : s.revision() + 1).orElse(1);
        jdbc.update("""
                INSERT INTO month_report_snapshot (month_report_id, revision, occasion, taken_at, taken_by_name,
                    sessions, guest_sessions, minutes, session_minutes, unique_members, members_by_sex,
                    members_by_age_band)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, reportId, revision, occasion.name(), Timestamp.from(now), by, figures.sessions(),
                figures.guestSessions(), figures.minutes(), figures.sessionMinutes(), figures.uniqueMembers(),
                json(figures.membersBySex()), json(figures.membersByAgeBand()));
        return new Snapshot(revision, occasion, now, by, figures);
    }

    Optional<Snapshot> lastSnapshot(long reportId) {
        return snapshots(reportId, "ORDER BY id DESC LIMIT 1").stream().findFirst();
    }

    /** Every snapshot of the month, oldest first. */
    List<Snapshot> snapshots(long reportId) {
        return snapshots(reportId, "ORDER BY id");
    }

    /** The latest revision number of each of these months (absent when never computed). */
    Map<Long, Integer> latestRevisions(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        String marks = reportIds.stream().map(id -> "?").collect(Collectors.joining(","));
        return jdbc.query("SELECT month_report_id, MAX(revision) FROM month_report_snapshot WHERE month_report_id IN ("
                + marks + ") GROUP BY month_report_id", rs -> {
                    Map<Long, Integer> revisions = new java.util.HashMap<>();
                    while (rs.next()) {
                        revisions.put(rs.getLong(1), rs.getInt(2));
                    }
                    return revisions;
                }, reportIds.toArray());
    }

    void reopened(long reportId, Long by, String byName, String reason, Instant now) {
        jdbc.update("""
                INSERT INTO month_report_reopening (month_report_id, reopened_at, reopened_by, reopened_by_name, reason)
                VALUES (?, ?, ?, ?, ?)
                """, reportId, Timestamp.from(now), by, byName, reason);
    }

    List<MonthReopening> reopenings(long reportId) {
        return jdbc.query("""
                SELECT reopened_at, reopened_by_name, reason FROM month_report_reopening
                WHERE month_report_id = ? ORDER BY id
                """, (rs, row) -> new MonthReopening(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)),
                reportId);
    }

    /**
     * Claims the month's summary mail; only the first caller gets true. Written in the transaction that queues
     * the messages, so a run that rolls back leaves the month unclaimed.
     */
    boolean claimMail(YearMonth month, int recipients, Instant now) {
        return jdbc.update("INSERT IGNORE INTO month_report_mail (report_month, queued_at, recipients) VALUES (?, ?, ?)",
                month.atDay(1), Timestamp.from(now), recipients) == 1;
    }

    private List<Snapshot> snapshots(long reportId, String order) {
        return jdbc.query("""
                SELECT revision, occasion, taken_at, taken_by_name, sessions, guest_sessions, minutes,
                    session_minutes, unique_members, members_by_sex, members_by_age_band
                FROM month_report_snapshot WHERE month_report_id = ?
                """ + order, MonthReportTables::snapshot, reportId);
    }

    private static Snapshot snapshot(ResultSet rs, int row) throws SQLException {
        StationUseFigures figures = new StationUseFigures(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                rs.getLong(9), counts(rs.getString(10), Sex.class), counts(rs.getString(11), AgeBand.class));
        return new Snapshot(rs.getInt(1), RevisionOccasion.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(),
                rs.getString(4), figures);
    }

    static boolean sameFigures(StationUseFigures a, StationUseFigures b) {
        return a.sessions() == b.sessions() && a.guestSessions() == b.guestSessions() && a.minutes() == b.minutes()
                && a.sessionMinutes() == b.sessionMinutes() && a.uniqueMembers() == b.uniqueMembers()
                && a.membersBySex().equals(b.membersBySex()) && a.membersByAgeBand().equals(b.membersByAgeBand());
    }

    /** Counts by key as a JSON object, in the enum's order: {@code {"FEMALE":6,"MALE":1,...}}. */
    static <K extends Enum<K>> String json(Map<K, Long> counts) {
        return counts.entrySet().stream().map(e -> "\"" + e.getKey().name() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    static <K extends Enum<K>> Map<K, Long> counts(String json, Class<K> type) {
        Map<K, Long> counts = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            counts.put(key, 0L);
        }
        Matcher matcher = JSON_COUNT.matcher(json);
        while (matcher.find()) {
            counts.put(Enum.valueOf(type, matcher.group(1)), Long.parseLong(matcher.group(2)));
        }
        return counts;
    }

    /** A stored snapshot. */
    record Snapshot(int revision, RevisionOccasion occasion, Instant takenAt, String takenBy,
            StationUseFigures figures) {
    }

    /** The snapshots as revisions, each with its change from the one before. */
    static List<MonthRevision> revisions(List<Snapshot> snapshots) {
        List<MonthRevision> revisions = new ArrayList<>();
        Snapshot before = null;
        for (Snapshot s : snapshots) {
            StationUseFigures f = s.figures();
            long sessionsChange = before == null ? 0 : f.sessions() - before.figures().sessions();
            double hoursChange = before == null ? 0 : f.hours() - before.figures().hours();
            revisions.add(new MonthRevision(s.revision(), s.occasion(), s.takenAt(), s.takenBy(), f.sessions(),
                    f.guestSessions(), f.hours(), before != null && before.revision() != s.revision(), sessionsChange,
                    hoursChange));
            before = s;
        }
        return revisions;
    }
}
