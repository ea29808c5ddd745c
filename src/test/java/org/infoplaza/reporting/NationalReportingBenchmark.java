package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingKind;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.SessionEnded;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.testing.Timings;
import org.infoplaza.testing.TestDatabase;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reporting at national scale (issue #7): five years of three municipalities and 30 centres, about ten million
 * completed station sessions and a million workshop attendance marks ({@link ReportingDataGenerator}); the
 * rollups filled by the real {@link StationUseRollups#rebuild}, checked against itself and against SQL on the
 * raw sessions; then, signed in as the secretariat, the national dashboard for a year, a municipality's month,
 * a year's CSV export, and what the rollups add to a check-out with the big tables in place.
 *
 * <p>Not part of {@code ./mvnw verify}. Run it with
 * {@code ./mvnw -B test -Pbenchmark -Dtest=NationalReportingBenchmark}. By default it generates everything in
 * this run's own database, which is dropped at the end. With {@code -Dbench.keep=true} it works in the fixed
 * database {@value #KEPT_DATABASE} and keeps it, so the next run with the same flag skips the generation;
 * {@code -Dbench.scale=0.1} generates a tenth of the data (for a quick try), {@code -Dbench.rebuildMonths=12}
 * rebuilds only the last year's months ({@code 0}: none, the kept rollups are used), {@code -Dbench.verify=false}
 * skips the rebuild checks (for a quick re-measurement on a kept database). Results go to {@code target/benchmark/reporting-national.md}; the
 * figures of record are in docs/performance.md. Timings are reported, never asserted; correctness is.
 */
@Tag("benchmark")
@IntegrationTest
@ContextConfiguration(initializers = NationalReportingBenchmark.KeptDatabase.class)
class NationalReportingBenchmark {

    static final String KEPT_DATABASE = "infoplaza_bench_national";
    static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StationUseRollups rollups;

    @Autowired
    IndicatorService indicators;

    @Autowired
    MonthlyReports monthlyReports;

    @Autowired
    SessionCounting counting;

    @Autowired
    BookingService bookings;

    @Autowired
    CentreService centres;

    @Autowired
    StationService stations;

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    final StringBuilder report = new StringBuilder();

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void reporting_at_national_scale() throws Exception {
        boolean keep = Boolean.getBoolean("bench.keep");
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        ReportingDataGenerator.Plan plan = ReportingDataGenerator.Plan.national().scaled(scale);
        String url = jdbc.queryForObject("SELECT DATABASE()", String.class);
        report.append("# Reporting at national scale\n\nDatabase ").append(url).append(keep ? " (kept)" : "")
                .append("; ").append(Runtime.getRuntime().availableProcessors()).append(" processors; load ")
                .append(Timings.loadAverage()).append(" at start\n\n");
        if (keep) {
            assertThat(url).isEqualTo(KEPT_DATABASE);
        }

        SignedIn.as(Role.ADMIN);
        Dataset data = Dataset.read(jdbc);
        if (data == null) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM centre WHERE code LIKE 'NAC-%'", Integer.class))
                    .as("an unfinished generation is in %s: drop that database and run again", url).isZero();
            ReportingDataGenerator.Result generated = new ReportingDataGenerator(dataSource).generate(plan);
            jdbc.execute("ANALYZE TABLE booking, member, attendance, workshop_session, enrolment");
            data = Dataset.save(jdbc, generated);
            System.out.println(data.describe());
            report.append("Generated now.\n");
        } else {
            report.append("Generated by an earlier run, reused (-Dbench.keep=true).\n");
        }
        report.append(data.describe()).append('\n');

        rebuild(plan);

        YearMonth december = YearMonth.from(plan.lastDay());
        long municipality = data.largestMunicipality(jdbc);
        report.append("\n## Timings (server-side, ms)\n\n| measurement | warm-up | runs | median | p95 | max |\n")
                .append("|---|---|---|---|---|---|\n");
        SignedIn.as(Role.SECRETARIAT);
        time("national dashboard for a year: stationUse for each of its 12 months + the 12-month trend", 3, 20,
                i -> nationalYear(december));
        time("municipality's month: stationUse + trend (" + municipality + ")", 10, 50,
                i -> municipalityMonth(december.minusMonths(i % 12), municipality));
        time("municipality's monthly PDF report (" + municipality + ")", 3, 20,
                i -> monthlyReports.pdf(december.minusMonths(i % 12), municipality, SPANISH));
        time("full-year CSV export, national: 12 months' reports fetched and written (5 CSV files a month)", 3, 20,
                i -> yearCsv(december, true));
        time("full-year CSV export, writing only (the 60 files from reports already fetched)", 3, 20,
                i -> yearCsv(december, false));
        SignedIn.as(Role.ADMIN);
        rollupMaintenance(data, december);
        // The checks last: they rebuild six months again, and the timings above should not wait for them.
        if (Boolean.parseBoolean(System.getProperty("bench.verify", "true"))) {
            // The check-outs above leave an operator signed in; the rebuilds are the administrator's.
            SignedIn.as(Role.ADMIN);
            verify(data);
        }

        report.append("\nLoad average at the end: ").append(Timings.loadAverage()).append('\n');
        System.out.println("\n" + report);
        save();
    }

    /** Every month of the plan (or the last -Dbench.rebuildMonths of them), each its own rebuild, timed. */
    private void rebuild(ReportingDataGenerator.Plan plan) {
        YearMonth last = YearMonth.from(plan.lastDay());
        YearMonth first = YearMonth.from(plan.firstDay());
        int months = Integer.getInteger("bench.rebuildMonths", (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        if (months <= 0) {
            report.append("\n## Rebuild\n\nSkipped (-Dbench.rebuildMonths=0): the kept database's rollups are used.\n");
            return;
        }
        List<Long> nanos = new ArrayList<>();
        Map<Integer, Long> byYear = new LinkedHashMap<>();
        long sessions = 0;
        for (YearMonth month = last.minusMonths(months - 1); !month.isAfter(last); month = month.plusMonths(1)) {
            long t0 = System.nanoTime();
            sessions += rollups.rebuild(month.atDay(1), month.atEndOfMonth(), null);
            long took = System.nanoTime() - t0;
            System.out.printf(Locale.ROOT, "rebuilt %s in %.1f s%n", month, took / 1e9);
            nanos.add(took);
            byYear.merge(month.getYear(), took, Long::sum);
        }
        jdbc.execute("ANALYZE TABLE rollup_station_day, rollup_station_member, rollup_station_member_count, "
                + "rollup_station_scope_member, rollup_station_scope_count");
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        report.append("\n## Rebuild (StationUseRollups.rebuild, one call per month, all centres)\n\n")
                .append(months).append(" months, ").append(sessions).append(" sessions counted, ")
                .append(String.format(Locale.ROOT, "%.1f s in all; per month median %.1f s, p95 %.1f s, max %.1f s",
                        Arrays.stream(sorted).sum() / 1e9, sorted[sorted.length / 2] / 1e9,
                        sorted[(int) (sorted.length * 0.95)] / 1e9, sorted[sorted.length - 1] / 1e9))
                .append("\n\nPer year: ");
        byYear.forEach((year, took) -> report.append(year).append(String.format(Locale.ROOT, " %.1f s; ", took / 1e9)));
        report.append('\n');
    }

    /**
     * On sample months: a second rebuild leaves every rollup row as the first did, and the figures equal SQL
     * on the raw completed sessions (sessions, guest sessions, minutes within the month, unique members per
     * centre and across all of them).
     */
    private void verify(Dataset data) {
        YearMonth last = YearMonth.from(data.lastDay());
        List<YearMonth> samples = List.of(last, last.minusMonths(7), last.minusMonths(30));
        Set<Long> all = new LinkedHashSet<>(data.centreIds());
        report.append("\n## Rebuild checks\n\n");
        for (YearMonth month : samples) {
            rollups.rebuild(month.atDay(1), month.atEndOfMonth(), null);
            List<Map<String, Object>> before = rows(month);
            rollups.rebuild(month.atDay(1), month.atEndOfMonth(), null);
            List<Map<String, Object>> after = rows(month);
            assertThat(after).as("a second rebuild of %s", month).isEqualTo(before);

            StationUseMonth figures = rollups.month(month, all);
            LocalDateTime from = month.atDay(1).atStartOfDay();
            LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
            jdbc.query("""
                    SELECT centre_id, SUM(starts_at >= ?), SUM(starts_at >= ? AND member_id IS NULL),
                           SUM(TIMESTAMPDIFF(MINUTE, GREATEST(starts_at, ?), LEAST(ends_at, ?))),
                           COUNT(DISTINCT IF(starts_at >= ?, member_id, NULL))
                    FROM booking
                    WHERE status = 'COMPLETED' AND starts_at >= ? - INTERVAL 1 DAY AND starts_at < ? AND ends_at > ?
                    GROUP BY centre_id
                    """, rs -> {
                        StationUseFigures f = figures.byCentre().get(rs.getLong(1));
                        assertThat(new long[] {f.sessions(), f.guestSessions(), f.minutes(), f.uniqueMembers()})
                                .as("centre %d in %s", rs.getLong(1), month)
                                .containsExactly(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
                    }, from, from, from, to, from, from, to, from);
            long nation = jdbc.queryForObject("""
                    SELECT COUNT(DISTINCT member_id) FROM booking
                    WHERE status = 'COMPLETED' AND starts_at >= ? AND starts_at < ?""", Long.class, from, to);
            assertThat(figures.together().uniqueMembers()).as("members across the centres in %s", month)
                    .isEqualTo(nation);
            report.append("- ").append(month).append(": second rebuild identical (").append(before.size())
                    .append(" rollup rows); equal to SQL on the raw sessions: ").append(figures.together().sessions())
                    .append(" sessions, ").append(figures.together().guestSessions()).append(" guest sessions, ")
                    .append(figures.together().minutes()).append(" minutes, ").append(nation)
                    .append(" unique members across the centres (and each centre's)\n");
        }
    }

    private List<Map<String, Object>> rows(YearMonth month) {
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("""
                SELECT centre_id, use_day, sessions, guest_sessions, session_minutes, minutes FROM rollup_station_day
                WHERE use_day BETWEEN ? AND ? ORDER BY centre_id, use_day""", month.atDay(1), month.atEndOfMonth()));
        rows.addAll(jdbc.queryForList("""
                SELECT centre_id, member_id, first_day, sex, age_band FROM rollup_station_member
                WHERE use_month = ? ORDER BY centre_id, member_id""", month.atDay(1)));
        rows.addAll(jdbc.queryForList("""
                SELECT centre_id, sex, age_band, members FROM rollup_station_member_count
                WHERE use_month = ? AND members > 0 ORDER BY centre_id, sex, age_band""", month.atDay(1)));
        rows.addAll(jdbc.queryForList("""
                SELECT scope_id, member_id, centre_id, first_day, sex, age_band FROM rollup_station_scope_member
                WHERE use_month = ? ORDER BY scope_id, member_id""", month.atDay(1)));
        rows.addAll(jdbc.queryForList("""
                SELECT scope_id, sex, age_band, members FROM rollup_station_scope_count
                WHERE use_month = ? AND members > 0 ORDER BY scope_id, sex, age_band""", month.atDay(1)));
        return rows;
    }

    private Object nationalYear(YearMonth december) {
        List<Object> views = new ArrayList<>();
        for (int m = 11; m >= 0; m--) {
            views.add(indicators.stationUse(december.minusMonths(m), null, SPANISH));
        }
        views.add(indicators.trend(december, null));
        return views;
    }

    private Object municipalityMonth(YearMonth month, long municipality) {
        return List.of(indicators.stationUse(month, municipality, SPANISH), indicators.trend(month, municipality));
    }

    private final Map<YearMonth, StationUseReport> fetched = new LinkedHashMap<>();

    /** The year's files as the indicators view writes them: activity, and the four tables of people. */
    private Object yearCsv(YearMonth december, boolean fetch) {
        long bytes = 0;
        for (int m = 11; m >= 0; m--) {
            YearMonth month = december.minusMonths(m);
            StationUseReport r = fetch || !fetched.containsKey(month)
                    ? indicators.stationUse(month, null, SPANISH) : fetched.get(month);
            fetched.put(month, r);
            bytes += TableCsv.of(activityLines(r)).length;
            bytes += TableCsv.of(r.membersBySex(), "Centro", "Total").length;
            bytes += TableCsv.of(r.membersByAgeBand(), "Centro", "Total").length;
            bytes += TableCsv.of(r.togetherBySex(), "Unidad", "Total").length;
            bytes += TableCsv.of(r.togetherByAgeBand(), "Unidad", "Total").length;
        }
        return bytes;
    }

    private static List<List<String>> activityLines(StationUseReport r) {
        Map<Long, String> codes = new LinkedHashMap<>();
        r.centres().forEach(c -> codes.put(c.id(), c.code()));
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("Centro", "Sesiones", "Sesiones de invitados", "Horas", "Duración media (min)"));
        for (StationUseReport.Activity a : r.activity()) {
            lines.add(List.of(a.centreId() == null ? "Total" : codes.get(a.centreId()), Long.toString(a.sessions()),
                    Long.toString(a.guestSessions()), String.format(SPANISH, "%.1f", a.hours()),
                    a.averageSessionMinutes() == null ? "—" : String.format(SPANISH, "%.1f", a.averageSessionMinutes())));
        }
        return lines;
    }

    /**
     * As {@link RollupMaintenanceBenchmark}, but with five years in the tables: the listener alone on sessions
     * of generated members at a generated centre in the last month (so the upserts hit existing rows), then
     * whole check-outs at a new centre through {@link BookingService}.
     */
    private void rollupMaintenance(Dataset data, YearMonth month) {
        long centreId = data.centreIds().getFirst();
        long stationId = jdbc.queryForObject("SELECT MIN(id) FROM station WHERE centre_id = ?", Long.class, centreId);
        List<Long> people = jdbc.queryForList("SELECT id FROM member WHERE home_centre_id = ? ORDER BY id LIMIT 40",
                Long.class, centreId);
        int warmUp = 200;
        try {
            row("rollup listener for one ended session, five years in the tables (rolled back after)", warmUp,
                    listener(centreId, stationId, people, month, warmUp));
            // A month nobody used yet: every session is its member's first use there, the member counts' work.
            row("the same, each session its member's first use of the month (" + month.plusMonths(1) + ")", warmUp,
                    listener(centreId, stationId, people, month.plusMonths(1), warmUp));
        } finally {
            SignedIn.as(Role.ADMIN);
        }

        clock.standAt(WorkshopDesk.mondayAt(8, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        SystemAuthentication.call(() -> stations.create(centre.id(),
                new StationData("PC-01", StationKind.DESKTOP, null, null, null, 0)));
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        List<Long> regulars = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            regulars.add(members.register(MemberRegistrations.aMember(centre.id()).build()).id());
        }
        long[] checkOuts = new long[300];
        LocalDateTime now = WorkshopDesk.mondayAt(8, 0);
        for (int i = 0; i < checkOuts.length; i++) {
            now = now.plusMinutes(10);
            if (now.getHour() >= 12 && now.getHour() < 13) {
                now = now.withHour(13).withMinute(0);
            }
            if (now.getHour() >= 17) {
                now = now.plusDays(1).withHour(8).withMinute(0);
                while (now.getDayOfWeek().getValue() > 5) {
                    now = now.plusDays(1);
                }
            }
            clock.standAt(now);
            BookingDetails session = bookings.startWalkIn(regulars.get(i % regulars.size()), centre.id(),
                    VisitPurpose.EDUCATION);
            clock.standAt(now.plusMinutes(5));
            long t0 = System.nanoTime();
            bookings.checkOut(session.id());
            checkOuts[i] = System.nanoTime() - t0;
        }
        row("whole check-out through BookingService, five years in the tables", 0, checkOuts);
        // Out of the national figures of the next run on a kept database.
        jdbc.update("UPDATE centre SET active = FALSE WHERE id = ?", centre.id());
    }

    /** The listener alone on 1,000 sessions in the month (after {@code warmUp} more), each rolled back. */
    private long[] listener(long centreId, long stationId, List<Long> people, YearMonth month, int warmUp) {
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        LocalDateTime first = month.atDay(1).atTime(9, 0);
        long[] listener = new long[1_000];
        for (int i = -warmUp; i < listener.length; i++) {
            int n = i + warmUp;
            LocalDateTime start = first.plusDays(n % 28).plusMinutes(10L * (n / 28 % 40));
            SessionEnded ended = new SessionEnded(n, centreId, stationId, people.get(n % people.size()),
                    BookingKind.WALK_IN, VisitPurpose.EDUCATION, start, start.plusMinutes(45));
            long nanos = inTransaction.execute(status -> {
                long t0 = System.nanoTime();
                counting.on(ended);
                status.setRollbackOnly();
                return System.nanoTime() - t0;
            });
            if (i >= 0) {
                listener[i] = nanos;
            }
        }
        return listener;
    }

    private interface Run {
        Object run(int index);
    }

    private void time(String label, int warmUp, int runs, Run run) {
        for (int i = 0; i < warmUp; i++) {
            assertThat(run.run(i)).isNotNull();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            run.run(i);
            nanos[i] = System.nanoTime() - t0;
        }
        row(label, warmUp, nanos);
    }

    private void row(String label, int warmUp, long[] nanos) {
        String figures = Timings.millis(nanos);
        report.append("| ").append(label).append(" | ").append(warmUp).append(" | ").append(nanos.length).append(" | ")
                .append(figures).append(" |\n");
        System.out.println(label + ": " + figures + " ms (median | p95 | max)");
        save();
    }

    /** Written after each figure too, so a run stopped half-way still leaves what it measured. */
    private void save() {
        try {
            Path out = Path.of("target", "benchmark", "reporting-national.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }


    /**
     * What the generator made, kept in a small table of the benchmark's own ({@code benchmark_dataset}, not a
     * migration: it exists only in benchmark databases), so a kept database is recognised as complete and its
     * generation time is still known.
     */
    record Dataset(List<Long> centreIds, LocalDate lastDay, String summary) {

        static Dataset read(JdbcTemplate jdbc) {
            Integer tables = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM information_schema.tables
                    WHERE table_schema = DATABASE() AND table_name = 'benchmark_dataset'""", Integer.class);
            if (tables == 0) {
                return null;
            }
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT last_day, summary FROM benchmark_dataset");
            if (rows.isEmpty()) {
                return null;
            }
            return new Dataset(jdbc.queryForList("SELECT id FROM centre WHERE code LIKE 'NAC-%' ORDER BY id", Long.class),
                    ((java.sql.Date) rows.getFirst().get("last_day")).toLocalDate(),
                    (String) rows.getFirst().get("summary"));
        }

        static Dataset save(JdbcTemplate jdbc, ReportingDataGenerator.Result r) {
            String summary = String.format(Locale.ROOT, """
                    | data | rows |
                    |---|---|
                    | municipalities | %d |
                    | centres | %d (%d stations) |
                    | members | %,d |
                    | completed station sessions (booking rows) | %,d (%,d guest sessions) |
                    | workshop cohorts | %,d (20 sessions, 20 enrolled each) |
                    | attendance marks | %,d |

                    Generation: %.0f s in all (centres, stations and members %.0f s; sessions %.0f s; workshops %.0f s).
                    """, r.municipalityIds().size(), r.centreMunicipality().size(), r.stations(), r.members(),
                    r.sessions(), r.guestSessions(), r.cohorts(), r.attendance(), r.total().toMillis() / 1e3,
                    r.people().toMillis() / 1e3, r.sessionsTime().toMillis() / 1e3, r.workshopsTime().toMillis() / 1e3);
            jdbc.execute("CREATE TABLE benchmark_dataset (last_day DATE NOT NULL, summary TEXT NOT NULL)");
            LocalDate lastDay = ReportingDataGenerator.Plan.national().lastDay();
            jdbc.update("INSERT INTO benchmark_dataset VALUES (?, ?)", lastDay, summary);
            return new Dataset(new ArrayList<>(r.centreMunicipality().keySet()), lastDay, summary);
        }

        String describe() {
            return summary;
        }

        /** The municipality with the most generated centres (the first on a tie). */
        long largestMunicipality(JdbcTemplate jdbc) {
            return jdbc.queryForObject("""
                    SELECT municipality_id FROM centre WHERE code LIKE 'NAC-%'
                    GROUP BY municipality_id ORDER BY COUNT(*) DESC, municipality_id LIMIT 1""", Long.class);
        }
    }

    /**
     * With {@code -Dbench.keep=true}, points the context at the fixed database {@value #KEPT_DATABASE} (created
     * if missing) instead of this run's throw-away one. Runs after the test-database initializer and puts its
     * URL above it.
     */
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class KeptDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (!Boolean.getBoolean("bench.keep")) {
                return;
            }
            TestDatabase server = TestDatabase.get();
            try (Connection connection = DriverManager.getConnection(server.serverUrl(), server.user(), server.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + KEPT_DATABASE
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create " + KEPT_DATABASE, e);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench-kept-database",
                    Map.of("spring.datasource.url", server.serverUrl() + KEPT_DATABASE)));
        }
    }
}
