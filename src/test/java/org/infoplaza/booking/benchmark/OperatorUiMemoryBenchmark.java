package org.infoplaza.booking.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.infoplaza.booking.BookingService;
import org.infoplaza.centre.CentreData;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationFilter;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server heap per signed-in operator UI, for docs/performance.md (issue #8). The real application runs on a
 * random port; each simulated operator is an HTTP client with a cookie jar of its own that does what a
 * browser does: fetches the sign-in page, posts the login form with Spring Security's CSRF token, loads the
 * landing page and sends Vaadin's init request ({@code ?v-r=init&location=}, which creates the UI), then the
 * {@code ui-navigate} events Flow's client router sends: first for the landing page (the home view), then
 * for the day board, as when the operator clicks it in the menu (same UI). The board shows a 20-station
 * centre on a busy Monday at 15:07. Every UI is checked on the server (one per session, showing the board)
 * before the heap is read.
 *
 * <p>Heap is read after repeated full collections with 50 and then 200 sessions alive, and again after
 * they were expired the way a session timeout expires them; bytes per UI is the difference divided by
 * the number of UIs. Class histograms say what the difference is made of.
 *
 * <p>Tests run Vaadin in development mode (production mode needs the frontend bundle that only
 * {@code ./mvnw package} builds). Development mode's component tracker keeps two stack traces per
 * component (about 4.4 MB per board UI); production mode never tracks, so it is switched off here and the
 * figures are those of the production jar's UI code. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -B test -Pbenchmark -Dtest=OperatorUiMemoryBenchmark}. Results go to
 * {@code target/benchmark/operator-ui-memory.md}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.componentTracker.enabled=false")
@Import({Fixtures.class, TestClock.class, StationUseDesk.class})
class OperatorUiMemoryBenchmark {

    static final int STATIONS = 20;
    static final int WARM_UP = 10;
    /** Operators signed in at once in each round; {@code -Dbench.operators=20} for a quick trial. */
    static final int[] ROUNDS = Arrays.stream(System.getProperty("bench.operators", "50,200").split(","))
            .mapToInt(n -> Integer.parseInt(n.trim())).toArray();
    /** Operators signing in at the same moment. */
    static final int CONCURRENCY = 4;
    static final int HISTOGRAM_ROWS = 25;

    private static final Pattern META = Pattern.compile("<meta\\s+name=\"(_csrf(?:_parameter)?)\"\\s+content=\"([^\"]*)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    CentreService centres;

    @Autowired
    StationService stations;

    @Autowired
    MemberService members;

    @Autowired
    BookingService bookings;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final StringBuilder report = new StringBuilder();
    LocalDate monday;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void heap_per_operator_ui() throws Exception {
        monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        report.append("# Heap per operator UI\n\n")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors; max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB; ")
                .append(ManagementFactory.getRuntimeMXBean().getVmName()).append(' ')
                .append(Runtime.version()).append("; GC ")
                .append(ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList())
                .append("; load ").append(loadAverage()).append(" at start\n\n");
        CentreDetails centre = busyCentre();
        int largest = Arrays.stream(ROUNDS).max().orElseThrow();
        // Accounts are reused from round to round: the sessions of a round have ended before the next starts.
        List<String> operators = new ArrayList<>();
        for (int i = 0; i < Math.max(WARM_UP, largest); i++) {
            operators.add(fixtures.staff(Role.OPERATOR, centre.id()).getUsername());
        }

        try {
            // Warm-up: class loading, Vaadin's route and template caches, JIT; then gone again.
            clock.standAt(monday.atTime(15, 7));
            List<Desk> warmUp = signIn(operators.subList(0, WARM_UP));
            assertEveryUiShowsTheBoard(WARM_UP);
            clock.standAt(monday.atTime(15, 8));
            pollAll(warmUp);
            expireAll();

            StringBuilder table = new StringBuilder("| UIs | heap before MiB | board just opened MiB"
                    + " | after a poll MiB | after expiry MiB | per UI just opened KiB | per UI after a poll KiB"
                    + " | kept after expiry KiB per UI |\n|---|---|---|---|---|---|---|---|\n");
            StringBuilder details = new StringBuilder();
            for (int count : ROUNDS) {
                clock.standAt(monday.atTime(15, 7));
                Map<String, long[]> beforeClasses = histogram();
                long before = usedHeapAfterGc();
                List<Desk> desks = signIn(operators.subList(0, count));
                UiCensus opened = assertEveryUiShowsTheBoard(count);
                long with = usedHeapAfterGc();
                Map<String, long[]> withClasses = histogram();
                // A minute later each open board has polled once: how a board stays while the desk works.
                clock.standAt(monday.atTime(15, 8));
                pollAll(desks);
                UiCensus polled = assertEveryUiShowsTheBoard(count);
                long withPolled = usedHeapAfterGc();
                Map<String, long[]> polledClasses = histogram();
                String serialized = count == largest ? serializedSessions(20) : null;
                expireAll();
                long after = usedHeapAfterGc();
                Map<String, long[]> afterClasses = histogram();

                table.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f | %.0f |%n",
                        count, before / 1048576.0, with / 1048576.0, withPolled / 1048576.0, after / 1048576.0,
                        (with - after) / 1024.0 / count, (withPolled - after) / 1024.0 / count,
                        (after - before) / 1024.0 / count));
                details.append("\n## ").append(count).append(" operators\n\nBoard just opened: ").append(opened)
                        .append(".\n\nAfter a poll: ").append(polled).append(".\n\nInit response median ")
                        .append(median(desks.stream().mapToLong(d -> d.initBytes).toArray()) / 1024)
                        .append(" KiB, board response median ")
                        .append(median(desks.stream().mapToLong(d -> d.boardBytes).toArray()) / 1024)
                        .append(" KiB, poll response median ")
                        .append(median(desks.stream().mapToLong(d -> d.pollBytes).toArray()))
                        .append(" characters. Left after expiry: ").append(instances(afterClasses, beforeClasses))
                        .append("\n");
                if (serialized != null) {
                    details.append("\nSerialized VaadinSession: ").append(serialized).append("\n");
                }
                details.append("\nWhat the live sessions add with the board just opened, by class (histogram with"
                        + " sessions − before):\n\n");
                histogramDifference(details, beforeClasses, withClasses, count);
                details.append("\nThe same after a poll:\n\n");
                histogramDifference(details, beforeClasses, polledClasses, count);
                details.append("\nWhat stays after they expired (histogram after expiry − before):\n\n");
                histogramDifference(details, beforeClasses, afterClasses, count);
                desks.clear();
            }
            report.append(table).append(details);
        } finally {
            report.append("\nLoad average at the end: ").append(loadAverage()).append('\n');
            System.out.println("\n" + report);
            Path out = Path.of("target", "benchmark", "operator-ui-memory.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
    }

    // --- the operators, as HTTP clients

    /** One operator's browser: its cookie jar and what the page keeps of the Vaadin UI. */
    static final class Desk {
        final String username;
        final Map<String, String> cookies = new LinkedHashMap<>();
        int uiId;
        String securityKey;
        int syncId;
        int clientId;
        long initBytes;
        long boardBytes;
        long pollBytes;

        Desk(String username) {
            this.username = username;
        }
    }

    private List<Desk> signIn(List<String> usernames) throws Exception {
        return fourAtATime(usernames.stream().map(Desk::new).toList(), this::openBoard);
    }

    /** What one desk does, in a browser of its own. */
    interface DeskStep {
        Desk on(Desk desk) throws Exception;
    }

    /** The step for every desk, {@value #CONCURRENCY} desks at a time; the desks in their order. */
    private static List<Desk> fourAtATime(List<Desk> desks, DeskStep step) throws Exception {
        List<Desk> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY)) {
            List<Future<Desk>> futures = new ArrayList<>();
            for (Desk desk : desks) {
                futures.add(pool.submit(() -> step.on(desk)));
            }
            for (Future<Desk> future : futures) {
                done.add(future.get());
            }
        }
        return done;
    }

    /** Sign-in page, login form, landing page with its UI, then the day board from the menu. */
    private Desk openBoard(Desk desk) throws Exception {
        HttpResponse<String> loginPage = get(desk, "/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Map<String, String> csrf = new HashMap<>();
        Matcher meta = META.matcher(loginPage.body());
        while (meta.find()) {
            csrf.put(meta.group(1), meta.group(2));
        }
        assertThat(csrf).as("Spring Security's CSRF token on the sign-in page").containsKeys("_csrf", "_csrf_parameter");

        String form = "username=" + encode(desk.username) + "&password=" + encode(Fixtures.STAFF_PASSWORD) + "&"
                + encode(csrf.get("_csrf_parameter")) + "=" + encode(csrf.get("_csrf"));
        HttpResponse<String> login = send(desk, request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).as("login of " + desk.username).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> landing = get(desk, "/");
        assertThat(landing.statusCode()).isEqualTo(200);
        // The bootstrap page carries no UI of its own: it is the init request below that creates it.
        assertThat(landing.body()).doesNotContain("Vaadin-Security-Key");

        HttpResponse<String> init = get(desk, "/?v-r=init&location=&query=" + browserDetails());
        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(init.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        desk.initBytes = init.body().length();
        JsonNode appConfig = JSON.readTree(init.body()).get("appConfig");
        desk.uiId = appConfig.get("v-uiId").asInt();
        desk.securityKey = appConfig.get("uidl").get("Vaadin-Security-Key").asString();
        desk.syncId = appConfig.get("uidl").get("syncId").asInt();

        // Then Flow's client router asks the new UI for the page's own route, the landing page...
        HttpResponse<String> home = navigate(desk, "", "null", "");
        assertThat(home.body()).as("the home view in the new UI").contains("home-view");
        // ...and the operator clicks "Tablero del día" in the side navigation: the same UI navigates.
        HttpResponse<String> board = navigate(desk, "board", "{\"idx\":1}", "link");
        assertThat(board.body()).as("the day board in the same UI").contains("day-board-view", "PC-01", "PC-20",
                "board-item");
        desk.boardBytes = board.body().length();
        Path sample = Path.of("target", "benchmark", "board-response.json");
        if (!Files.exists(sample)) {
            // One desk's board response, to read what the first drawing of a board sends and keeps.
            Files.createDirectories(sample.getParent());
            Files.writeString(sample, board.body());
        }
        return desk;
    }

    /** Every desk's board polls once. */
    private void pollAll(List<Desk> desks) throws Exception {
        fourAtATime(desks, this::poll);
    }

    /**
     * The poll the board asks for ({@code UI.setPollInterval}): Flow's client sends it as a {@code ui-poll} event on
     * the UI's node (flow-client's {@code Poller}). A minute has passed, so live sessions show a minute less.
     */
    private Desk poll(Desk desk) throws Exception {
        HttpResponse<String> response = event(desk, "ui-poll", "{}");
        assertThat(response.body()).as("the poll brought the minutes left of the live sessions").contains("quedan");
        desk.pollBytes = response.body().length();
        return desk;
    }

    /** The {@code ui-navigate} event Flow's client router sends (Flow.ts, flowNavigate). */
    private HttpResponse<String> navigate(Desk desk, String route, String historyState, String trigger) throws Exception {
        return event(desk, "ui-navigate", """
                {"route":"%s","query":"","appShellTitle":"","historyState":%s,"trigger":"%s"}"""
                .formatted(route, historyState, trigger));
    }

    /** An event on the UI's node as one UIDL request, as Flow's client sends it; the server must take it in order. */
    private HttpResponse<String> event(Desk desk, String event, String data) throws Exception {
        String message = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"%s","data":%s}],"syncId":%d,"clientId":%d}"""
                .formatted(desk.securityKey, event, data, desk.syncId, desk.clientId++);
        HttpResponse<String> response = send(desk, request("/?v-r=uidl&v-uiId=" + desk.uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode uidl = JSON.readTree(response.body());
        assertThat(uidl.get("clientId").asInt()).as("the server took the message in order").isEqualTo(desk.clientId);
        desk.syncId = uidl.get("syncId").asInt();
        return response;
    }

    /** What Flow's bootstrap collects from the browser (Flow.ts, collectBrowserDetails), for a desk PC. */
    private static String browserDetails() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("v-sh", "1080");
        details.put("v-sw", "1920");
        details.put("v-wh", "969");
        details.put("v-ww", "1920");
        details.put("v-bh", "969");
        details.put("v-bw", "1920");
        details.put("v-curdate", String.valueOf(System.currentTimeMillis()));
        details.put("v-tzo", "300");
        details.put("v-dstd", "0");
        details.put("v-rtzo", "300");
        details.put("v-dston", "false");
        details.put("v-tzid", "America/Panama");
        details.put("v-td", "false");
        details.put("v-pr", "1");
        details.put("v-np", "Win32");
        details.put("v-cs", "");
        details.put("v-pv", "VISIBLE");
        details.put("v-fs", "NOT_FULLSCREEN");
        details.put("v-so", "landscape-primary");
        details.put("v-soa", "0");
        details.put("v-tn", "lumo");
        details.put("v-ws", "false");
        StringBuilder query = new StringBuilder();
        details.forEach((key, value) -> query.append('&').append(key).append('=').append(encode(value)));
        return query.toString();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> get(Desk desk, String path) throws Exception {
        return send(desk, request(path).GET());
    }

    /** Sends with the desk's cookies and keeps the ones the server sets, as a browser does. */
    private HttpResponse<String> send(Desk desk, HttpRequest.Builder builder) throws Exception {
        if (!desk.cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", desk.cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String value = pair.substring(eq + 1);
            if (value.isEmpty() || set.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                desk.cookies.remove(pair.substring(0, eq));
            } else {
                desk.cookies.put(pair.substring(0, eq), value);
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // --- the server side: sessions, UIs, heap

    private Session[] sessions() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        return web.getManager().findSessions();
    }

    private static List<VaadinSession> vaadinSessions(HttpSession session) {
        List<VaadinSession> found = new ArrayList<>();
        try {
            for (String name : java.util.Collections.list(session.getAttributeNames())) {
                if (session.getAttribute(name) instanceof VaadinSession vaadin) {
                    found.add(vaadin);
                }
            }
        } catch (IllegalStateException invalidated) {
            // expired meanwhile
        }
        return found;
    }

    record UiCensus(int sessions, int uis, int boards, int medianElements, int medianKeptResponse, int wideResponses) {

        @Override
        public String toString() {
            return sessions + " HTTP sessions, " + uis + " UIs, " + boards + " showing the day board, median "
                    + medianElements + " elements per UI (layout and view); the last response each UI keeps for a"
                    + " resend: median " + medianKeptResponse / 1024 + " Ki characters, " + wideResponses
                    + " of them with characters beyond Latin-1 (so held as UTF-16, 2 bytes a character)";
        }
    }

    /** Exactly one UI per operator's session, each showing the day board inside the main layout. */
    private UiCensus assertEveryUiShowsTheBoard(int operators) {
        int sessionCount = 0;
        int uis = 0;
        int boards = 0;
        List<Long> elements = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        int wide = 0;
        for (Session session : sessions()) {
            for (VaadinSession vaadin : vaadinSessions(session.getSession())) {
                sessionCount++;
                vaadin.lock();
                try {
                    for (UI ui : vaadin.getUIs()) {
                        uis++;
                        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
                        if (!chain.isEmpty() && chain.getFirst().getClass().getSimpleName().equals("DayBoardView")) {
                            boards++;
                        }
                        // The outermost layout: the UI's own element holds it as a virtual child.
                        elements.add(chain.isEmpty() ? 0 : count(chain.getLast().getElement()));
                        String response = lastResponse(ui);
                        kept.add((long) response.length());
                        wide += response.chars().anyMatch(c -> c > 0xFF) ? 1 : 0;
                    }
                } finally {
                    vaadin.unlock();
                }
            }
        }
        assertThat(sessionCount).as("Vaadin sessions").isEqualTo(operators);
        assertThat(uis).as("UIs").isEqualTo(operators);
        assertThat(boards).as("UIs showing the day board").isEqualTo(operators);
        return new UiCensus(sessionCount, uis, boards, (int) median(elements.stream().mapToLong(Long::longValue).toArray()),
                (int) median(kept.stream().mapToLong(Long::longValue).toArray()), wide);
    }

    /** Vaadin keeps each UI's last response to resend it if the browser repeats its request (private state). */
    private static String lastResponse(UI ui) {
        try {
            Field field = UIInternals.class.getDeclaredField("lastRequestResponse");
            field.setAccessible(true);
            Object value = field.get(ui.getInternals());
            return value == null ? "" : (String) value;
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }

    private static long count(Element element) {
        return 1 + element.getChildren().mapToLong(OperatorUiMemoryBenchmark::count).sum();
    }

    /** Ends every HTTP session as a session timeout does: Vaadin closes its UIs, the board unregisters. */
    private void expireAll() throws InterruptedException {
        for (Session session : sessions()) {
            session.expire();
        }
        Thread.sleep(500);
        assertThat(sessions()).isEmpty();
    }

    /** The median serialized size of a sample of the live Vaadin sessions, or why they do not serialize. */
    private String serializedSessions(int sample) {
        List<Long> sizes = new ArrayList<>();
        for (Session session : sessions()) {
            for (VaadinSession vaadin : vaadinSessions(session.getSession())) {
                if (sizes.size() == sample) {
                    break;
                }
                CountingStream bytes = new CountingStream();
                vaadin.lock();
                try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                    out.writeObject(vaadin);
                } catch (IOException e) {
                    return "does not serialize (" + e + ")";
                } finally {
                    vaadin.unlock();
                }
                sizes.add(bytes.count);
            }
        }
        return "median " + median(sizes.stream().mapToLong(Long::longValue).toArray()) / 1024 + " KiB of "
                + sizes.size() + " sessions";
    }

    /** Instances of the classes that make up a session and its UI, after minus before. */
    private static String instances(Map<String, long[]> after, Map<String, long[]> before) {
        List<String> parts = new ArrayList<>();
        for (String name : List.of("org.apache.catalina.session.StandardSession", "com.vaadin.flow.server.VaadinSession",
                "com.vaadin.flow.component.UI", "org.infoplaza.layout.MainLayout",
                "org.infoplaza.booking.ui.DayBoardView", "com.vaadin.flow.internal.StateNode")) {
            long now = after.getOrDefault(name, new long[2])[0];
            long was = before.getOrDefault(name, new long[2])[0];
            parts.add(name.substring(name.lastIndexOf('.') + 1) + " " + (now - was));
        }
        return String.join(", ", parts);
    }

    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Used heap after full collections, once it stops shrinking. */
    private static long usedHeapAfterGc() throws InterruptedException {
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 8; i++) {
            System.gc();
            Thread.sleep(300);
            used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (i >= 2 && Math.abs(previous - used) < 256 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }

    /** Live objects by class ({@code jcmd GC.class_histogram}, which collects first): instances and bytes. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(text);
        while (row.find()) {
            classes.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
        }
        return classes;
    }

    private static void histogramDifference(StringBuilder out, Map<String, long[]> base, Map<String, long[]> full,
            int uis) {
        record Delta(String name, long instances, long bytes) {
        }
        List<Delta> deltas = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, long[]> entry : full.entrySet()) {
            long[] was = base.getOrDefault(entry.getKey(), new long[2]);
            Delta delta = new Delta(entry.getKey(), entry.getValue()[0] - was[0], entry.getValue()[1] - was[1]);
            deltas.add(delta);
            total += delta.bytes();
        }
        deltas.sort(Comparator.comparingLong(Delta::bytes).reversed());
        out.append("| class | instances | KiB | bytes per UI |\n|---|---|---|---|\n");
        for (Delta delta : deltas.subList(0, Math.min(HISTOGRAM_ROWS, deltas.size()))) {
            out.append(String.format(Locale.ROOT, "| `%s` | %,d | %,d | %,d |%n", delta.name(), delta.instances(),
                    delta.bytes() / 1024, delta.bytes() / uis));
        }
        out.append(String.format(Locale.ROOT, "| all classes | | %,d | %,d |%n", total / 1024, total / uis));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    // --- the centre the operators work at

    /**
     * 20 stations, open 08:00–12:00 and 13:00–19:00, and a Monday played from opening to 15:07 as in
     * {@link BookingBenchmark}: bookings for about two thirds of the station hours, check-ins, no-shows,
     * walk-ins and guests, sessions ended when due. The clock stays at 15:07, so the board shows live
     * sessions with their countdowns, the now line and the rest of the day.
     */
    private CentreDetails busyCentre() {
        List<OpeningPeriod> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new OpeningPeriod(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            hours.add(new OpeningPeriod(day, LocalTime.of(13, 0), LocalTime.of(19, 0)));
        }
        CentreData d = fixtures.centreData(Fixtures.unique("MEM"));
        CentreDetails centre = SystemAuthentication.call(() -> centres.create(new CentreData(d.code(),
                "Infoplaza Memoria " + d.code(), d.municipalityId(), d.corregimiento(), d.address(), d.phone(),
                d.email(), d.hostOrganisation(), d.hostKind(), CentreRules.defaults(), hours, d.openedOn(), 0)));
        long centreId = centre.id();
        for (int i = 1; i <= STATIONS; i++) {
            String label = "PC-%02d".formatted(i);
            SystemAuthentication.call(() -> stations.create(centreId,
                    new StationData(label, StationKind.DESKTOP, null, null, null, 0)));
        }
        List<StationDetails> desks = SystemAuthentication.call(() -> stations.page(centreId,
                new StationFilter("", null), PageRequest.of(0, 500, Sort.by("label"))).getContent());

        SignedIn.as(fixtures.staff(Role.OPERATOR, centreId));
        List<Long> pool = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            pool.add(members.register(i % 3 == 0
                    ? MemberRegistrations.aMember(centreId).minor().withStationConsent().build()
                    : MemberRegistrations.aMember(centreId).build()).id());
        }
        BusyMonday.playUntilThree(bookings, clock, centreId, monday, desks, pool, new Random(7));
        clock.standAt(monday.atTime(15, 7));
        long onBoard = bookings.dayOf(centreId, monday).stream().filter(b -> b.status().holdsTime()).count();
        SignedIn.nobody();
        report.append("Centre: ").append(STATIONS).append(" stations, Monday at 15:07 with ").append(onBoard)
                .append(" bookings and sessions on the board.\n\n");
        return centre;
    }
}
