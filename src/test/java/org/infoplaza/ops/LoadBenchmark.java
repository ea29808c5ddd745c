package org.infoplaza.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.e2e.EndToEndTest;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.BenchmarkCentres;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.testing.Timings;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.CertificateDesk;
import org.infoplaza.workshop.CertificateDetails;
import org.infoplaza.workshop.CertificateService;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Load on loopback (issue #8): the whole application started in this JVM on a random port, on this run's
 * own MariaDB database, and driven by concurrent clients in two parts, each bounded by a request count and a
 * time cap. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -B test -Pbenchmark -Dtest=LoadBenchmark}. Results go to {@code target/benchmark/load.md}.
 *
 * <ol>
 * <li>Public pages over HTTP with {@link HttpClient}, as a browser opens them (see {@link Page}), each visit
 * in a new session. A mix of the transparency page, a certificate's verification page, the sign-in page
 * and {@code /actuator/health}, by one visitor alone (the time a request takes without queueing) and by
 * {@value #FEW_VISITORS} and {@value #MANY_VISITORS} concurrent visitors.
 * Any answer that is not 2xx, or a view that does not contain what it should, counts as an error.</li>
 * <li>The front desk: {@value #FEW_DESKS} and {@value #MANY_DESKS} operators at once, each signed in as an
 * operator of a {@value #STATIONS}-station centre, booking random slots for random members through
 * {@link BookingService}, with cancellations, walk-ins, check-ins and check-outs in between. Bookings have
 * no HTTP path: they are made in Vaadin views, whose server round trips carry component events rather than a
 * request a client could replay, so this part calls the service in-process, with its transactions, method
 * security and locking. Afterwards SQL must find no station and no member booked twice.</li>
 * </ol>
 */
@Tag("benchmark")
@EndToEndTest
class LoadBenchmark {

    static final int STATIONS = 25;
    static final int MEMBERS = 300;

    static final int FEW_VISITORS = 8;
    static final int MANY_VISITORS = 32;
    static final int WARM_UP_VISITS = 80;
    static final int VISITS_ALONE = 40;
    static final int VISITS = 400;
    /** Each level of visitors stops here even when its visits are not all made. */
    static final Duration HTTP_CAP = Duration.ofSeconds(35);

    static final int FEW_DESKS = 4;
    static final int MANY_DESKS = 16;
    static final int WARM_UP_OPERATIONS = 200;
    static final int OPERATIONS = 1_200;
    /** Each level of operators stops here even when its operations are not all made. */
    static final Duration DESK_CAP = Duration.ofSeconds(35);
    /** Bookings made at 07:00 for 10:00 on this many stations, per day, for the check-ins. */
    static final int EXPECTED_AT_TEN = 15;

    /** What a desktop Chrome in Panama sends with the init request (Flow.js, {@code collectBrowserDetails}). */
    static final String BROWSER_DETAILS = "&v-sh=1080&v-sw=1920&v-wh=945&v-ww=1920&v-bh=945&v-bw=1920"
            + "&v-curdate=%d&v-tzo=300&v-dstd=0&v-rtzo=300&v-dston=false&v-tzid=America%%2FPanama&v-td=false"
            + "&v-pr=1&v-np=Linux%%20x86_64&v-cs=&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=UNKNOWN&v-wla=SUPPORTED&v-ws=false";

    @LocalServerPort
    int port;

    @Autowired
    BookingService bookings;

    @Autowired
    CentreService centres;

    @Autowired
    StationService stations;

    @Autowired
    MemberService members;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AttendanceService attendance;

    @Autowired
    CertificateService certificates;

    @Autowired
    Scheduler scheduler;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    final StringBuilder report = new StringBuilder();
    final List<String> failures = new ArrayList<>();

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void public_pages_and_the_front_desk_under_load() throws Exception {
        long started = System.nanoTime();
        FileSystemUtils.deleteRecursively(Path.of("target", "benchmark", "load-errors"));
        report.append("# Load on loopback (issue #8)\n\n").append(Runtime.getRuntime().availableProcessors())
                .append(" processors; connection pool of ")
                .append(dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : -1)
                .append("; load average ").append(Timings.loadAverage()).append(" at start\n\n");
        try {
            publicPages();
            frontDesk();
        } finally {
            report.append(String.format(Locale.ROOT, "Load average at the end: %s; whole run %.0f s%n",
                    Timings.loadAverage(), (System.nanoTime() - started) / 1e9));
            System.out.println("\n" + report);
            Path out = Path.of("target", "benchmark", "load.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
        assertThat(failures).isEmpty();
    }

    // --- 1. public pages over HTTP

    /**
     * A page as a browser opens it. For a Vaadin view three requests in one new session: the page (Vaadin's
     * bootstrap HTML), the init request that creates the UI ({@code GET /?v-r=init&location=…}, with the
     * browser details Flow.js sends), and the {@code ui-navigate} event the client then sends as a UIDL
     * request ({@code POST /?v-r=uidl&v-uiId=…}), whose answer carries the view the server has just built.
     * Otherwise one plain GET. {@code mustContain} is what the last answer must hold to count as a success.
     */
    record Page(String name, String path, boolean vaadin, String mustContain) {

        /** The path as the report shows it: a certificate's code as {@code {code}}. */
        String shown() {
            return path.replaceAll("/[A-Z0-9-]{10,}$", "/{code}");
        }

        List<String> labels() {
            return vaadin
                    ? List.of("GET /" + shown() + " (page)", "GET /?v-r=init&location=" + shown() + " (UI created)",
                            "POST /?v-r=uidl ui-navigate " + shown() + " (view built)")
                    : List.of("GET /" + shown());
        }
    }

    private void publicPages() throws Exception {
        String code = certificate();
        List<Page> pages = List.of(
                new Page("Transparency", "transparencia", true, "Infoplazas en cifras"),
                new Page("Certificate verification", "verificar/" + code, true, "Certificado válido"),
                new Page("Sign-in", "login", true, "vaadin-login-form"),
                new Page("Health", "actuator/health", false, "\"status\":\"UP\""));
        // Four visits in ten to the transparency page, two to each of the others.
        List<Page> mix = List.of(pages.get(0), pages.get(1), pages.get(2), pages.get(3), pages.get(0), pages.get(1),
                pages.get(2), pages.get(3), pages.get(0), pages.get(0));

        // As in production, the node runs its jobs (and health says so); tests otherwise keep Quartz in standby.
        scheduler.start();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build()) {
            visit(http, mix, FEW_VISITORS, WARM_UP_VISITS);
            Visits alone = visit(http, mix, 1, VISITS_ALONE);
            Visits few = visit(http, mix, FEW_VISITORS, VISITS);
            Visits many = visit(http, mix, MANY_VISITORS, VISITS);
            List<Visits> levels = List.of(alone, few, many);

            report.append("## 1. Public pages over HTTP\n\n").append(String.format(Locale.ROOT, """
                    Each visit to a view is a new session and three requests, as a browser makes them: the page \
                    (Vaadin's bootstrap HTML), the init request `/?v-r=init&location=…` that creates the UI, and \
                    the `ui-navigate` event (a UIDL POST) whose answer carries the view built on the server; \
                    health is one GET. Visits cycle through %s \
                    (4 in 10 to the transparency page). Closed loop: each client starts its next visit when \
                    the last one ends. %d visits by one client alone, then %d per level, after %d warm-up \
                    visits; each level capped at %d s.%n%n""",
                    pages.stream().map(Page::name).collect(Collectors.joining(", ")), VISITS_ALONE, VISITS,
                    WARM_UP_VISITS, HTTP_CAP.toSeconds()));
            report.append("| clients | request | count | errors | requests/s | p50 ms | p90 ms | p99 ms | max ms |\n")
                    .append("|---|---|---|---|---|---|---|---|---|\n");
            for (Visits level : levels) {
                level.calls().forEach((label, calls) -> report.append(String.format(Locale.ROOT,
                        "| %d | %s | %d | %d | %.1f | %s |%n", level.clients(), label, calls.count(),
                        calls.errorCount(),
                        calls.count() / level.seconds(), Timings.percentiles(calls.nanos()))));
                report.append(String.format(Locale.ROOT, "| %d | **all requests** | %d | %d | **%.1f** | %s |%n",
                        level.clients(), level.requests(), level.errors(), level.requests() / level.seconds(),
                        Timings.percentiles(level.allNanos())));
            }
            for (Visits level : levels) {
                report.append(String.format(Locale.ROOT, "%n%d clients: %d visits (%d requests) in %.1f s%s; %.1f"
                        + " visits/s; load average %s at the end%n", level.clients(), level.visits(), level.requests(),
                        level.seconds(), level.capped() ? ", **stopped by the time cap**" : "",
                        level.visits() / level.seconds(), level.load()));
                level.calls().forEach((label, calls) -> {
                    if (calls.errorCount() > 0) {
                        report.append("- errors of ").append(label).append(": ").append(calls.errors()).append('\n');
                        failures.add(level.clients() + " clients, " + label + ": " + calls.errors());
                    }
                });
            }
            report.append('\n');
        } finally {
            scheduler.standby();
        }
    }

    /** A valid certificate, issued the way a facilitator issues one, for the verification page. */
    private String certificate() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        CourseDetails course = WorkshopDesk.course(courses);
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        long member = SystemAuthentication.call(() -> members.register(MemberRegistrations.aMember(centre.id())
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(100)).withWorkshopConsent().build())
                .id());
        SignedIn.as(facilitator);
        try {
            CohortDetails cohort = CertificateDesk.heldCohort(cohorts, enrolments, attendance, clock, course.id(),
                    centre.id(), facilitator.id(), Map.of(member, 9));
            CertificateDetails certificate = certificates.issue(cohort.id(), member);
            return certificate.code();
        } finally {
            SignedIn.nobody();
            clock.reset();
        }
    }

    /** The calls of one kind at one level: their times and, by reason, their errors. */
    static final class Calls {
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Integer> errors = Collections.synchronizedMap(new TreeMap<>());

        void record(long took, String error) {
            nanos.add(took);
            if (error != null) {
                errors.merge(error, 1, Integer::sum);
            }
        }

        int count() {
            return nanos.size();
        }

        long[] nanos() {
            synchronized (nanos) {
                return nanos.stream().mapToLong(Long::longValue).toArray();
            }
        }

        int errorCount() {
            synchronized (errors) {
                return errors.values().stream().mapToInt(Integer::intValue).sum();
            }
        }

        Map<String, Integer> errors() {
            synchronized (errors) {
                return new TreeMap<>(errors);
            }
        }
    }

    record Visits(int clients, int visits, double seconds, boolean capped, Map<String, Calls> calls, String load) {

        int requests() {
            return calls.values().stream().mapToInt(Calls::count).sum();
        }

        int errors() {
            return calls.values().stream().mapToInt(Calls::errorCount).sum();
        }

        long[] allNanos() {
            return calls.values().stream().flatMapToLong(c -> Arrays.stream(c.nanos())).toArray();
        }
    }

    private Visits visit(HttpClient http, List<Page> mix, int clients, int count) throws Exception {
        Map<String, Calls> calls = new LinkedHashMap<>();
        mix.stream().distinct().flatMap(page -> page.labels().stream()).forEach(label -> calls.put(label, new Calls()));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long wall = run(clients, HTTP_CAP, deadline -> {
            for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline;
                    i = next.getAndIncrement()) {
                new Visit(http, mix.get(i % mix.size()), calls).run();
                done.incrementAndGet();
            }
            return null;
        });
        return new Visits(clients, done.get(), wall / 1e9, done.get() < count, calls, Timings.loadAverage());
    }

    /** One visitor opening one page in a new session; stops at the first error, as a broken page would. */
    private final class Visit {

        private final HttpClient http;
        private final Page page;
        private final Map<String, Calls> calls;
        private String cookies;

        Visit(HttpClient http, Page page, Map<String, Calls> calls) {
            this.http = http;
            this.page = page;
            this.calls = calls;
        }

        void run() throws InterruptedException {
            List<String> labels = page.labels();
            if (!page.vaadin()) {
                send(labels.getFirst(), get(page.path()), page.mustContain());
                return;
            }
            if (send(labels.get(0), get(page.path()), "window.Vaadin") == null) {
                return;
            }
            String init = send(labels.get(1), get("?v-r=init&location="
                    + URLEncoder.encode(page.path(), StandardCharsets.UTF_8) + "&query="
                    + BROWSER_DETAILS.formatted(System.currentTimeMillis())), "\"Vaadin-Security-Key\"");
            if (init == null) {
                return;
            }
            String uiId = find(init, "\"v-uiId\":(\\d+)");
            String navigate = """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                    "query":"","appShellTitle":"","historyState":null,"trigger":""}}],"syncId":%s,"clientId":0}"""
                    .formatted(find(init, "\"Vaadin-Security-Key\":\"([^\"]+)\""), page.path(),
                            find(init, "\"syncId\":(\\d+)"));
            send(labels.get(2), request("?v-r=uidl&v-uiId=" + uiId)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate)), page.mustContain());
        }

        private HttpRequest.Builder get(String path) {
            return request(path).GET();
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept-Language", "es-PA,es;q=0.9");
            if (cookies != null && !cookies.isEmpty()) {
                request.header("Cookie", cookies);
            }
            return request;
        }

        /** The answer's body, or null after recording why it is not what a browser needs. */
        private String send(String label, HttpRequest.Builder request, String mustContain) throws InterruptedException {
            long t0 = System.nanoTime();
            String error;
            String body = null;
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                body = response.body();
                error = check(response, mustContain);
                if (cookies == null) {
                    cookies = response.headers().allValues("set-cookie").stream()
                            .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                            .collect(Collectors.joining("; "));
                }
            } catch (IOException e) {
                error = e.getClass().getSimpleName();
            }
            calls.get(label).record(System.nanoTime() - t0, error);
            if (error != null) {
                keepFirstAnswer(label, error, body);
                return null;
            }
            return body;
        }
    }

    private static String find(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** Why the answer is not what a browser needs, or null when it is. */
    private static String check(HttpResponse<String> response, String mustContain) {
        if (response.statusCode() / 100 != 2) {
            return "HTTP " + response.statusCode();
        }
        String body = response.body();
        if (body.contains("Exception") && body.contains("\tat ")) {
            return "stack trace in the answer";
        }
        if (!body.contains(mustContain)) {
            return "answer without " + mustContain;
        }
        return null;
    }

    /** The first wrong answer of each request goes to target/benchmark/load-errors/, to read what came back. */
    private static void keepFirstAnswer(String label, String error, String body) {
        Path file = Path.of("target", "benchmark", "load-errors", label.replaceAll("[^A-Za-z0-9]+", "-") + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, error + "\n\n" + body, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException kept) {
            // one is enough
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- 2. the front desk

    enum Operation {
        BOOK, CANCEL, WALK_IN, CHECK_IN, CHECK_OUT
    }

    /** The operations of one level, by kind: times and outcomes ("ok", a refusal's key, or an error). */
    record Desks(int desks, int operations, double seconds, boolean capped, Map<Operation, Calls> times,
            Map<Operation, Map<String, Integer>> outcomes, String load) {
    }

    private void frontDesk() throws Exception {
        LocalDate monday = WorkshopDesk.monday();
        clock.standAt(monday.atTime(7, 0));
        CentreDetails centre = BenchmarkCentres.centre(fixtures, centres, stations, "Carga",
                BenchmarkCentres.everyDay(LocalTime.of(8, 0), LocalTime.of(20, 0)), CentreRules.defaults(), STATIONS);
        List<StationDetails> desks = BenchmarkCentres.stations(stations, centre.id());
        List<Long> pool = BenchmarkCentres.registerMembers(fixtures, members, centre.id(), MEMBERS);
        List<StaffPrincipal> operators = BenchmarkCentres.operators(fixtures, centre.id(), MANY_DESKS);
        // Members expected at 10:00 on the three days the levels run, booked the evening before as a desk would.
        List<List<Long>> expected = new ArrayList<>();
        SignedIn.as(operators.getFirst());
        for (int day = 0; day < 3; day++) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < EXPECTED_AT_TEN; i++) {
                ids.add(bookings.book(new BookingRequest(pool.get(MEMBERS - 1 - day * EXPECTED_AT_TEN - i), centre.id(),
                        desks.get(i).id(), monday.plusDays(day).atTime(10, 0), 60)).id());
            }
            expected.add(ids);
        }
        SignedIn.nobody();

        clock.standAt(monday.atTime(10, 2));
        run(centre.id(), desks, pool, operators.subList(0, FEW_DESKS), expected.get(0), WARM_UP_OPERATIONS);
        clock.standAt(monday.plusDays(1).atTime(10, 2));
        Desks few = run(centre.id(), desks, pool, operators.subList(0, FEW_DESKS), expected.get(1), OPERATIONS);
        clock.standAt(monday.plusDays(2).atTime(10, 2));
        Desks many = run(centre.id(), desks, pool, operators, expected.get(2), OPERATIONS);

        long stationOverlaps = BenchmarkCentres.stationOverlaps(jdbc, centre.id());
        long memberOverlaps = BenchmarkCentres.memberOverlaps(jdbc, centre.id());
        long straySlots = BenchmarkCentres.straySlots(jdbc, centre.id());
        Map<String, Long> byStatus = new TreeMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM booking WHERE centre_id = ? GROUP BY status",
                rs -> { byStatus.put(rs.getString(1), rs.getLong(2)); }, centre.id());

        report.append("## 2. The front desk: BookingService under concurrent operators (in-process)\n\n")
                .append(String.format(Locale.ROOT, """
                        A centre with %d stations open every day 08:00-20:00 (default rules: 60-minute sessions, \
                        120 minutes a day, 10 minutes' grace, 14 days ahead) and %d members (a third minors with \
                        their guardian's station consent). Each operator, signed in with a real operator account, \
                        loops without pause: 70 %% book a random station, half hour and member from today to 13 \
                        days ahead (30 or 60 minutes), 10 %% cancel one of their own bookings, 7 %% start a walk-in \
                        for a random member, 8 %% check out one of their sessions, 5 %% check in a member booked for \
                        10:00 (%d per day). The clock stands at 10:02 of a new day for each level. %d operations per \
                        level after %d warm-up operations, capped at %d s.%n%n""", STATIONS, MEMBERS,
                        EXPECTED_AT_TEN, OPERATIONS, WARM_UP_OPERATIONS, DESK_CAP.toSeconds()))
                .append("| operators | operation | count | operations/s | p50 ms | p90 ms | p99 ms | max ms"
                        + " | outcomes |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Desks level : List.of(few, many)) {
            long[] all = level.times().values().stream()
                    .flatMapToLong(c -> Arrays.stream(c.nanos())).toArray();
            level.times().forEach((operation, calls) -> report.append(String.format(Locale.ROOT,
                    "| %d | %s | %d | %.1f | %s | %s |%n", level.desks(), operation.name().toLowerCase(Locale.ROOT)
                            .replace('_', '-'), calls.count(), calls.count() / level.seconds(),
                    Timings.percentiles(calls.nanos()), level.outcomes().get(operation))));
            report.append(String.format(Locale.ROOT, "| %d | **all** | %d | **%.1f** | %s | %sload average %s at"
                    + " the end |%n", level.desks(), all.length, all.length / level.seconds(), Timings.percentiles(all),
                    level.capped() ? "**stopped by the time cap**; " : "", level.load()));
        }
        report.append(String.format(Locale.ROOT, """

                SQL afterwards: bookings by status %s; %d pairs of bookings holding one station at the same time, \
                %d pairs holding one member at the same time, %d slot rows outside their booking's station, \
                member or time.

                """, byStatus, stationOverlaps, memberOverlaps, straySlots));
        if (stationOverlaps + memberOverlaps + straySlots > 0) {
            failures.add("double bookings: " + stationOverlaps + " station, " + memberOverlaps + " member, "
                    + straySlots + " stray slot rows");
        }
        for (Desks level : List.of(few, many)) {
            level.outcomes().forEach((operation, outcomes) -> outcomes.keySet().stream()
                    .filter(outcome -> outcome.startsWith("error:"))
                    .forEach(outcome -> failures.add(level.desks() + " operators, " + operation + ": " + outcome)));
        }
    }

    private Desks run(long centreId, List<StationDetails> desks, List<Long> pool, List<StaffPrincipal> operators,
            List<Long> expectedAtTen, int count) throws Exception {
        Map<Operation, Calls> times = new LinkedHashMap<>();
        Map<Operation, Map<String, Integer>> outcomes = new LinkedHashMap<>();
        for (Operation operation : Operation.values()) {
            times.put(operation, new Calls());
            outcomes.put(operation, Collections.synchronizedMap(new TreeMap<>()));
        }
        ConcurrentLinkedQueue<Long> toCheckIn = new ConcurrentLinkedQueue<>(expectedAtTen);
        LocalDateTime now = LocalDateTime.now(clock);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger desk = new AtomicInteger();
        long wall = run(operators.size(), DESK_CAP, deadline -> {
            SignedIn.as(operators.get(desk.getAndIncrement()));
            ThreadLocalRandom random = ThreadLocalRandom.current();
            List<BookingDetails> booked = new ArrayList<>();
            List<BookingDetails> sessions = new ArrayList<>();
            try {
                while (next.getAndIncrement() < count && System.nanoTime() < deadline) {
                    double draw = random.nextDouble();
                    Operation operation = draw < 0.70 ? Operation.BOOK
                            : draw < 0.80 ? Operation.CANCEL
                            : draw < 0.87 ? Operation.WALK_IN
                            : draw < 0.95 ? Operation.CHECK_OUT
                            : Operation.CHECK_IN;
                    Long checkIn = operation == Operation.CHECK_IN ? toCheckIn.poll() : null;
                    if (operation == Operation.CANCEL && booked.isEmpty()
                            || operation == Operation.CHECK_OUT && sessions.isEmpty()
                            || operation == Operation.CHECK_IN && checkIn == null) {
                        operation = Operation.BOOK;
                    }
                    VisitPurpose purpose = VisitPurpose.values()[random.nextInt(VisitPurpose.values().length)];
                    long t0 = System.nanoTime();
                    String outcome = "ok";
                    try {
                        switch (operation) {
                            case BOOK -> booked.add(bookings.book(randomRequest(centreId, desks, pool, now, random)));
                            case CANCEL -> {
                                BookingDetails booking = booked.remove(random.nextInt(booked.size()));
                                bookings.cancel(booking.id(), booking.version());
                            }
                            case WALK_IN -> sessions.add(bookings.startWalkIn(pool.get(random.nextInt(pool.size())),
                                    centreId, purpose));
                            case CHECK_IN -> sessions.add(bookings.checkIn(checkIn, purpose));
                            case CHECK_OUT -> bookings.checkOut(sessions.remove(random.nextInt(sessions.size())).id());
                        }
                    } catch (DomainException refused) {
                        outcome = refused.messageKey();
                    } catch (RuntimeException failed) {
                        outcome = "error: " + failed.getClass().getSimpleName() + ": " + failed.getMessage();
                        failed.printStackTrace();
                    }
                    times.get(operation).record(System.nanoTime() - t0, null);
                    outcomes.get(operation).merge(outcome, 1, Integer::sum);
                    done.incrementAndGet();
                }
            } finally {
                SignedIn.nobody();
            }
            return null;
        });
        return new Desks(operators.size(), done.get(), wall / 1e9, done.get() < count, times, outcomes,
                Timings.loadAverage());
    }

    /** A random station, member and half hour from now to the end of the booking horizon, 30 or 60 minutes. */
    private static BookingRequest randomRequest(long centreId, List<StationDetails> desks, List<Long> pool,
            LocalDateTime now, ThreadLocalRandom random) {
        LocalDateTime start;
        do {
            start = now.toLocalDate().plusDays(random.nextInt(14)).atTime(8, 0).plusMinutes(30L * random.nextInt(24));
        } while (start.isBefore(now));
        int minutes = start.getHour() == 19 && start.getMinute() == 30 || random.nextBoolean() ? 30 : 60;
        return new BookingRequest(pool.get(random.nextInt(pool.size())), centreId,
                desks.get(random.nextInt(desks.size())).id(), start, minutes);
    }

    // --- running clients

    interface Client {
        Void run(long deadlineNanos) throws Exception;
    }

    /**
     * Runs {@code clients} threads at once, each until its loop ends or the time cap passes, and returns the
     * wall time in nanoseconds from the moment all had started.
     */
    private static long run(int clients, Duration cap, Client client) throws Exception {
        CyclicBarrier start = new CyclicBarrier(clients + 1);
        long[] deadline = new long[1];
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(threads.submit((Callable<Void>) () -> {
                    start.await();
                    return client.run(deadline[0]);
                }));
            }
            deadline[0] = System.nanoTime() + cap.toNanos();
            long t0 = System.nanoTime();
            start.await(30, TimeUnit.SECONDS);
            for (Future<Void> one : running) {
                one.get(cap.toSeconds() + 60, TimeUnit.SECONDS);
            }
            return System.nanoTime() - t0;
        } finally {
            threads.shutdownNow();
        }
    }
}
