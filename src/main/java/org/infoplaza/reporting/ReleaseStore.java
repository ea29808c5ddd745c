package org.infoplaza.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored releases ({@code reporting_release}, V28). Releases are read and written in transactions of their
 * own: a reader inside a read-only transaction can still make the month's first release, and every reader
 * sees the latest committed revision rather than its own transaction's older snapshot; two nodes making
 * the same revision at once are kept apart by the table's unique key, and the second one reads the first's.
 */
@Component
class ReleaseStore {

    /** One stored revision; {@code cells} and {@code counts} are keyed like {@link PeopleTable}'s keys. */
    record Stored(YearMonth month, int revision, Instant builtAt, boolean passed, String fingerprint, long buildMillis,
            Map<String, PublishedCell> cells, Map<String, Integer> counts, List<String> findings,
            List<ReleaseCost> cost) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    ReleaseStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.own.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Every revision of the month, oldest first, as committed now (whatever the caller's transaction has seen). */
    List<Stored> revisions(YearMonth month) {
        return own.execute(status -> jdbc.query(
                "SELECT * FROM reporting_release WHERE release_month = ? ORDER BY revision",
                (rs, row) -> read(rs), month.atDay(1)));
    }

    Optional<Stored> latestPassed(YearMonth month) {
        return latestPassed(revisions(month));
    }

    /** The revision published among {@code revisions} (oldest first): the last that passed its audit. */
    static Optional<Stored> latestPassed(List<Stored> revisions) {
        return revisions.stream().filter(Stored::passed).reduce((a, b) -> b);
    }

    Stored save(YearMonth month, int revision, Instant builtAt, ReleaseProtection.Result result, String fingerprint,
            long buildMillis, List<ReleaseCost> cost) {
        Stored stored = new Stored(month, revision, builtAt, result.passed(), fingerprint, buildMillis, result.cells(),
                result.counts(), result.findings().stream()
                        .map(f -> f.key() + "\t" + f.state() + "\t" + f.low() + "\t" + f.high()).toList(), cost);
        try {
            own.executeWithoutResult(status -> jdbc.update("""
                    INSERT INTO reporting_release (release_month, revision, built_at, passed, fingerprint,
                        build_millis, cells, findings, cost)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", month.atDay(1), revision, Timestamp.from(builtAt),
                    stored.passed(), fingerprint, buildMillis, writeCells(stored), String.join("\n", stored.findings()),
                    writeCost(cost)));
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            return revisions(month).stream().filter(r -> r.revision() == revision).findFirst().orElseThrow();
        }
        return stored;
    }

    private static Stored read(ResultSet rs) throws SQLException {
        Map<String, PublishedCell> cells = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : rs.getString("cells").split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            cells.put(f[0], decode(f[1]));
            counts.put(f[0], Integer.parseInt(f[2]));
        }
        String findings = rs.getString("findings");
        List<ReleaseCost> cost = new ArrayList<>();
        for (String line : rs.getString("cost").split("\n")) {
            if (!line.isEmpty()) {
                String[] f = line.split("\t");
                cost.add(new ReleaseCost(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6])));
            }
        }
        return new Stored(YearMonth.from(rs.getDate("release_month").toLocalDate()), rs.getInt("revision"),
                rs.getTimestamp("built_at").toInstant(), rs.getBoolean("passed"), rs.getString("fingerprint"),
                rs.getLong("build_millis"), cells, counts,
                findings.isEmpty() ? List.of() : List.of(findings.split("\n")), cost);
    }

    private static String writeCells(Stored stored) {
        StringBuilder text = new StringBuilder();
        stored.cells().forEach((key, cell) -> text.append(key).append('\t').append(encode(cell)).append('\t')
                .append(stored.counts().getOrDefault(key, 0)).append('\n'));
        return text.toString();
    }

    private static String writeCost(List<ReleaseCost> cost) {
        StringBuilder text = new StringBuilder();
        for (ReleaseCost c : cost) {
            text.append(String.join("\t", c.kind(), "" + c.cells(), "" + c.small(), "" + c.rounded(), "" + c.hidden(),
                    "" + c.withheld(), "" + c.hiddenBefore())).append('\n');
        }
        return text.toString();
    }

    static String encode(PublishedCell cell) {
        return switch (cell) {
            case PublishedCell.Shown shown -> (shown.rounded() ? "r" : "n") + shown.value();
            case PublishedCell.Hidden hidden -> switch (hidden.reason()) {
                case PRIMARY -> "<5";
                case COMPLEMENTARY -> "x";
                case WITHHELD, PENDING -> "w";
            };
        };
    }

    static PublishedCell decode(String code) {
        return switch (code) {
            case "<5" -> new PublishedCell.Hidden(SuppressionReason.PRIMARY);
            case "x" -> new PublishedCell.Hidden(SuppressionReason.COMPLEMENTARY);
            case "w" -> new PublishedCell.Hidden(SuppressionReason.WITHHELD);
            default -> new PublishedCell.Shown(Integer.parseInt(code.substring(1)), code.charAt(0) == 'r');
        };
    }
}
