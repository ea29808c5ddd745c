package org.infoplaza.booking.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingKind;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureData;
import org.infoplaza.centre.ClosureKind;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationFilter;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.BenchmarkCentres;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Station scheduling on real MariaDB, for the figures in docs/performance.md (issue #5): booking under 16
 * concurrent desks, the data of a full day board (and the board view itself, browserless), and 10,000
 * contested attempts that must leave exactly one booking per contested slot. Not part of
 * {@code ./mvnw verify}; run it with {@code ./mvnw test -Pbenchmark -Dtest=BookingBenchmark}. Timings are
 * server-side (around the service call, in this JVM) and go to {@code target/benchmark/booking.md}.
 * The clock stands still on the next Monday, so opening hours, horizons and "now" are the same every run.
 */
@Tag("benchmark")
@IntegrationTest
class BookingBenchmark extends SpringBrowserlessTest {

    static final int CLIENTS = 16;
    static final int STATIONS = 20;
    /**
     * Members registered at each centre. They are the centre's own: booking a member of another centre is
     * refused today ({@code MemberService.age} is scoped to the member's home centre).
     */
    static final int MEMBERS = 320;
    static final int BOOKING_WARM_UP = 25 * CLIENTS;
    static final int BOOKING_RUNS = 200 * CLIENTS;
    /** Bookings by 16 desks at a very busy pace: each pauses 0.5-1.5 s between its bookings. */
    static final int PACED_RUNS = 100 * CLIENTS;
    static final int BOARD_WARM_UP = 100;
    static final int BOARD_RUNS = 200;
    static final int VIEW_WARM_UP = 30;
    static final int VIEW_RUNS = 100;
    static final int CONTESTED_ROUNDS = 10_000 / CLIENTS;
    /** Contested bookings are half an hour, so one member can take part in every round of a day (24 × 30 min). */
    static final int CONTESTED_MINUTES = 30;

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
    JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    LocalDate monday;
    StringBuilder report = new StringBuilder();

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void station_scheduling() throws Exception {
        monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.standAt(monday.atTime(7, 0));
        report.append("Members: ").append(MEMBERS).append(" per centre (a third minors with station consent, half of the adults"
                + " with e-mail); ").append(STATIONS).append(" stations per centre; ").append(CLIENTS)
                .append(" clients; connection pool of ")
                .append(dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari ? hikari.getMaximumPoolSize() : -1)
                .append("; ").append(Runtime.getRuntime().availableProcessors()).append(" processors; load")
                .append(String.format(Locale.ROOT, " %.1f", java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" at start\n\n");
        CentreDetails home = centre("Reservas", everyDay(LocalTime.of(8, 0), LocalTime.of(20, 0)),
                new CentreRules(60, 120, 10, 30));

        try {
            concurrentBookings(home);
            dayBoard();
            contestedAttempts();
        } finally {
            report.append("\nLoad average at the end: ").append(String.format(Locale.ROOT, "%.1f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                    .append('\n');
            System.out.println("\n" + report);
            Path out = Path.of("target", "benchmark", "booking.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
    }

    // --- 1. booking under 16 concurrent desks

    /**
     * Every free hour of every station, from Tuesday on, in time order; each desk takes the next request
     * from the shared list, so the 16 desks book neighbouring slots of the same day at the same time. The
     * i-th booking of a day goes to a different member, so no request is refused.
     */
    private void concurrentBookings(CentreDetails centre) throws Exception {
        List<StationDetails> desks = stations(centre.id());
        List<StaffPrincipal> operators = operators(centre.id());
        List<Long> pool = registerMembers(centre.id(), MEMBERS);
        List<BookingRequest> plan = new ArrayList<>();
        int perDay = 12 * STATIONS;
        int alone = BOOKING_RUNS / CLIENTS;
        for (int i = 0; plan.size() < BOOKING_WARM_UP + BOOKING_RUNS + alone + PACED_RUNS; i++) {
            int day = 1 + i / perDay;
            int inDay = i % perDay;
            LocalDateTime start = monday.plusDays(day).atTime(8 + inDay / STATIONS, 0);
            long member = pool.get((inDay + day * 41) % MEMBERS);
            plan.add(new BookingRequest(member, centre.id(), desks.get(inDay % STATIONS).id(), start, 60));
        }
        Phase warmUp = book(plan.subList(0, BOOKING_WARM_UP), operators);
        Phase measured = book(plan.subList(BOOKING_WARM_UP, BOOKING_WARM_UP + BOOKING_RUNS), operators);
        // The same calls from one desk at a time: the service time without queueing for cores and connections.
        int singleEnd = BOOKING_WARM_UP + BOOKING_RUNS + alone;
        Phase single = book(plan.subList(BOOKING_WARM_UP + BOOKING_RUNS, singleEnd), operators.subList(0, 1));
        // 16 desks at once again, but each pausing between its bookings as people do: an open load below
        // capacity, so the figure is the booking's own time under real concurrency, not queueing.
        Phase paced = book(plan.subList(singleEnd, plan.size()), operators, 500, 1500);
        assertThat(warmUp.refusals()).isEmpty();
        assertThat(measured.refusals()).isEmpty();
        assertThat(single.refusals()).isEmpty();
        assertThat(paced.refusals()).isEmpty();
        assertThat(rows("SELECT COUNT(*) FROM booking WHERE centre_id = ?", centre.id())).isEqualTo(plan.size());
        assertNoOverlaps(centre.id());

        report.append("## 1. Booking with all rule checks, ").append(CLIENTS).append(" concurrent clients\n\n")
                .append(measured.latencies().length).append(" bookings measured after ").append(BOOKING_WARM_UP)
                .append(" warm-up bookings, over ").append(plan.size() / perDay + 1).append(" days of a ")
                .append(STATIONS).append("-station centre open 08:00-20:00\n\n")
                .append("| measurement | median ms | p95 ms | max ms |\n|---|---|---|---|\n");
        row("book (service call, per booking), " + CLIENTS + " clients at once", measured.latencies());
        row("book, one client alone (" + single.latencies().length + " bookings, after the above)", single.latencies());
        row("book, " + CLIENTS + " clients at once pausing 0.5-1.5 s between bookings (" + paced.latencies().length
                + " bookings, " + String.format(Locale.ROOT, "%.0f", paced.latencies().length / (paced.wallNanos() / 1e9))
                + " bookings/s)", paced.latencies());
        report.append(String.format(Locale.ROOT, "\nThroughput with %d clients: %.0f bookings/s (%d bookings in %.2f s"
                + " wall time); one client alone: %.0f bookings/s%n%n", CLIENTS,
                measured.latencies().length / (measured.wallNanos() / 1e9), measured.latencies().length,
                measured.wallNanos() / 1e9, single.latencies().length / (single.wallNanos() / 1e9)));
    }

    record Phase(long[] latencies, long wallNanos, List<String> refusals) {
    }

    private Phase book(List<BookingRequest> requests, List<StaffPrincipal> operators) throws Exception {
        return book(requests, operators, 0, 0);
    }

    private Phase book(List<BookingRequest> requests, List<StaffPrincipal> operators, int minPauseMillis,
            int maxPauseMillis) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[requests.size()];
        List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(operators.size() + 1);
        List<Callable<Void>> clients = new ArrayList<>();
        for (StaffPrincipal operator : operators) {
            clients.add(() -> {
                SignedIn.as(operator);
                try {
                    start.await();
                    for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        try {
                            bookings.book(requests.get(i));
                        } catch (DomainException refused) {
                            refusals.add(refused.messageKey());
                        }
                        latencies[i] = System.nanoTime() - t0;
                        if (maxPauseMillis > 0) {
                            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current()
                                    .nextInt(minPauseMillis, maxPauseMillis + 1));
                        }
                    }
                } finally {
                    SignedIn.nobody();
                }
                return null;
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(operators.size());
        try {
            List<Future<Void>> done = clients.stream().map(threads::submit).toList();
            start.await(30, TimeUnit.SECONDS);
            long t0 = System.nanoTime();
            for (Future<Void> client : done) {
                client.get(10, TimeUnit.MINUTES);
            }
            long wall = System.nanoTime() - t0;
            Arrays.sort(latencies);
            return new Phase(latencies, wall, refusals);
        } finally {
            threads.shutdownNow();
        }
    }

    // --- 3. contested attempts

    /**
     * Rounds of {@value #CLIENTS} desks booking the same station and half hour at the same moment, each for a
     * different member; each round a new station or half hour. Exactly one may win each round, and the
     * database must hold exactly the winners and their slots.
     */
    private void contestedAttempts() throws Exception {
        CentreDetails centre = centre("Carrera", everyDay(LocalTime.of(8, 0), LocalTime.of(20, 0)),
                new CentreRules(CONTESTED_MINUTES, 720, 10, 30));
        List<StationDetails> desks = stations(centre.id());
        List<StaffPrincipal> operators = operators(centre.id());
        List<Long> pool = registerMembers(centre.id(), MEMBERS);
        int perDay = 24 * STATIONS;
        BookingRequest[][] requests = new BookingRequest[CONTESTED_ROUNDS][CLIENTS];
        for (int round = 0; round < CONTESTED_ROUNDS; round++) {
            int halfHour = round / STATIONS;
            // after part 1's days; a member takes part in at most one round per half hour
            LocalDateTime start = monday.plusDays(17 + round / perDay).atTime(8, 0)
                    .plusMinutes((long) (halfHour % 24) * CONTESTED_MINUTES);
            long station = desks.get(round % STATIONS).id();
            for (int client = 0; client < CLIENTS; client++) {
                long member = pool.get((round % STATIONS) * CLIENTS + client);
                requests[round][client] = new BookingRequest(member, centre.id(), station, start, CONTESTED_MINUTES);
            }
        }
        Long[][] winners = new Long[CONTESTED_ROUNDS][CLIENTS];
        String[][] refusals = new String[CONTESTED_ROUNDS][CLIENTS];
        long[] latencies = new long[CONTESTED_ROUNDS * CLIENTS];
        CyclicBarrier roundStart = new CyclicBarrier(CLIENTS);
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        long t0 = System.nanoTime();
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                StaffPrincipal operator = operators.get(c);
                done.add(threads.submit(() -> {
                    SignedIn.as(operator);
                    try {
                        for (int round = 0; round < CONTESTED_ROUNDS; round++) {
                            roundStart.await(60, TimeUnit.SECONDS);
                            long start = System.nanoTime();
                            try {
                                winners[round][client] = bookings.book(requests[round][client]).id();
                            } catch (DomainException refused) {
                                refusals[round][client] = refused.messageKey();
                            } catch (RuntimeException failed) {
                                refusals[round][client] = failed.getClass().getSimpleName();
                            }
                            latencies[round * CLIENTS + client] = System.nanoTime() - start;
                        }
                    } finally {
                        SignedIn.nobody();
                    }
                    return null;
                }));
            }
            for (Future<Void> client : done) {
                client.get(30, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        long wall = System.nanoTime() - t0;

        Map<String, Integer> outcomes = new TreeMap<>();
        Map<Integer, Integer> winnersPerRound = new TreeMap<>();
        Set<Long> winnerIds = new HashSet<>();
        for (int round = 0; round < CONTESTED_ROUNDS; round++) {
            int won = 0;
            for (int client = 0; client < CLIENTS; client++) {
                if (winners[round][client] != null) {
                    won++;
                    winnerIds.add(winners[round][client]);
                } else {
                    outcomes.merge(refusals[round][client], 1, Integer::sum);
                }
            }
            winnersPerRound.merge(won, 1, Integer::sum);
        }
        long bookingRows = rows("SELECT COUNT(*) FROM booking WHERE centre_id = ?", centre.id());
        List<Long> bookingIds = jdbc.queryForList("SELECT id FROM booking WHERE centre_id = ?", Long.class, centre.id());
        long stationSlots = rows("SELECT COUNT(*) FROM booking_slot bs JOIN station s ON s.id = bs.station_id"
                + " WHERE s.centre_id = ?", centre.id());
        long memberSlots = rows("SELECT COUNT(*) FROM member_slot ms JOIN booking b ON b.id = ms.booking_id"
                + " WHERE b.centre_id = ?", centre.id());
        // slot rows that do not belong to their booking's station and time
        long strayStationSlots = rows("""
                SELECT COUNT(*) FROM booking_slot bs JOIN booking b ON b.id = bs.booking_id
                WHERE b.centre_id = ? AND (bs.station_id <> b.station_id OR bs.slot_start < b.starts_at
                                           OR bs.slot_start >= b.ends_at)""", centre.id());
        long strayMemberSlots = rows("""
                SELECT COUNT(*) FROM member_slot ms JOIN booking b ON b.id = ms.booking_id
                WHERE b.centre_id = ? AND (ms.member_id <> b.member_id OR ms.slot_start < b.starts_at
                                           OR ms.slot_start >= b.ends_at)""", centre.id());
        int slotsPerBooking = CONTESTED_MINUTES / 5;

        report.append("## 3. Contested attempts\n\n")
                .append(String.format(Locale.ROOT, "%d attempts in %d rounds of %d clients (same station and half"
                        + " hour per round) in %.1f s; %d winners\n\n", CONTESTED_ROUNDS * CLIENTS, CONTESTED_ROUNDS,
                        CLIENTS, wall / 1e9, winnerIds.size()))
                .append("Rounds by number of winners: ").append(winnersPerRound).append('\n')
                .append("Losing outcomes: ").append(outcomes).append('\n')
                .append(String.format(Locale.ROOT, "SQL: %d booking rows, %d station slot rows, %d member slot rows"
                        + " (expected %d each), %d stray slot rows, %d overlapping bookings on a station%n%n",
                        bookingRows, stationSlots, memberSlots, (long) CONTESTED_ROUNDS * slotsPerBooking,
                        strayStationSlots + strayMemberSlots, overlaps(centre.id())))
                .append("| measurement | median ms | p95 ms | max ms |\n|---|---|---|---|\n");
        Arrays.sort(latencies);
        row("contested book (service call, winners and losers)", latencies);
        report.append('\n');

        assertThat(winnersPerRound).isEqualTo(Map.of(1, CONTESTED_ROUNDS));
        assertThat(outcomes).isEqualTo(Map.of("booking.station.taken", CONTESTED_ROUNDS * (CLIENTS - 1)));
        assertThat(bookingRows).isEqualTo(CONTESTED_ROUNDS);
        assertThat(new HashSet<>(bookingIds)).isEqualTo(winnerIds);
        assertThat(stationSlots).isEqualTo((long) CONTESTED_ROUNDS * slotsPerBooking);
        assertThat(memberSlots).isEqualTo((long) CONTESTED_ROUNDS * slotsPerBooking);
        assertThat(strayStationSlots + strayMemberSlots).isZero();
        assertNoOverlaps(centre.id());
    }

    // --- 2. the day board

    /**
     * Monday at a centre with a lunch break (08:00-12:00, 13:00-19:00), played through from opening to 15:00:
     * about two thirds of the hours booked ahead, walk-ins and guests in some gaps, check-ins, a few no-shows
     * released after the grace period, sessions ended on time, some later bookings cancelled. Then, with the
     * clock at 15:07, the board's data is fetched the way {@code DayBoardView.refresh()} does, and the view
     * itself is drawn browserless.
     */
    private void dayBoard() {
        List<OpeningPeriod> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            hours.add(new OpeningPeriod(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            hours.add(new OpeningPeriod(day, LocalTime.of(13, 0), LocalTime.of(19, 0)));
        }
        CentreDetails centre = centre("Tablero", hours, CentreRules.defaults());
        long centreId = centre.id();
        SystemAuthentication.run(() -> {
            centres.addClosure(centreId, new ClosureData(monday.plusDays(9), monday.plusDays(9), ClosureKind.HOLIDAY,
                    "Día feriado"));
            centres.addClosure(centreId, new ClosureData(monday.plusDays(20), monday.plusDays(22), ClosureKind.ONE_OFF,
                    "Mantenimiento eléctrico"));
        });
        List<StationDetails> desks = stations(centreId);
        List<Long> pool = registerMembers(centreId, 240);
        SignedIn.as(fixtures.staff(Role.OPERATOR, centreId));
        Random random = new Random(7);
        int setupRefusals = BusyMonday.playUntilThree(bookings, clock, centreId, monday, desks, pool, random);
        clock.standAt(monday.atTime(15, 5));
        for (BookingDetails later : bookings.dayOf(centreId, monday).stream()
                .filter(b -> b.status() == BookingStatus.BOOKED && b.startsAt().getHour() >= 16).toList()) {
            if (random.nextInt(12) == 0) {
                bookings.cancel(later.id(), later.version());
            }
        }
        clock.standAt(monday.atTime(15, 7));
        assertNoOverlaps(centreId);

        Map<BookingKind, Map<BookingStatus, Integer>> day = new EnumMap<>(BookingKind.class);
        for (BookingDetails b : bookings.dayOf(centreId, monday)) {
            day.computeIfAbsent(b.kind(), k -> new EnumMap<>(BookingStatus.class)).merge(b.status(), 1, Integer::sum);
        }

        long[] data = time(BOARD_WARM_UP, BOARD_RUNS, () -> boardData(centreId, monday));

        // The view, browserless: the operator's session opens the board of their only centre.
        UI ui = UI.getCurrent();
        ui.navigate("board");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DayBoardView");
        long[] redraw = time(VIEW_WARM_UP, VIEW_RUNS, () -> {
            ComponentUtil.fireEvent(ui, new PollEvent(ui, false)); // what the 30-second poll and a push run
            return null;
        });
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("PC-01", "PC-20");
        long[] opening = time(VIEW_WARM_UP, VIEW_RUNS, () -> {
            ui.navigate("");
            long t0 = System.nanoTime();
            ui.navigate("board");
            return System.nanoTime() - t0;
        }, true);

        report.append("## 2. Day board, 20 stations, Monday at 15:07\n\n")
                .append("The day (kind: status and count): ").append(day).append("; ")
                .append(setupRefusals).append(" planned walk-ins or guests found no free station\n\n")
                .append("| measurement | median ms | p95 ms | max ms |\n|---|---|---|---|\n");
        row("board data: the service calls of DayBoardView.refresh(), in its order", data);
        row("board view redrawn (poll or push: data and components)", redraw);
        row("board view opened (navigation from the home page, view built and attached)", opening);
    }

    /** What {@code DayBoardView.refresh()} asks the services for, in the same order. */
    private Object boardData(long centreId, LocalDate date) {
        CentreDetails centre = centres.get(centreId);
        List<StationDetails> list = stations.page(centreId, new StationFilter("", null),
                PageRequest.of(0, 500, Sort.by("label"))).getContent();
        boolean closed = centres.upcomingClosures(centreId).stream().anyMatch(c -> c.covers(date));
        List<BookingDetails> day = bookings.dayOf(centreId, date).stream().filter(b -> b.status().holdsTime()).toList();
        List<Long> ids = day.stream().map(BookingDetails::memberId).filter(Objects::nonNull).distinct().toList();
        List<MemberSummary> names = members.summariesOf(ids);
        return List.of(centre, list, closed, day, names);
    }

    // --- setup and measuring

    private CentreDetails centre(String name, List<OpeningPeriod> hours, CentreRules rules) {
        return BenchmarkCentres.centre(fixtures, centres, stations, name, hours, rules, STATIONS);
    }

    private static List<OpeningPeriod> everyDay(LocalTime opens, LocalTime closes) {
        return BenchmarkCentres.everyDay(opens, closes);
    }

    private List<StationDetails> stations(long centreId) {
        return BenchmarkCentres.stations(stations, centreId);
    }

    private List<StaffPrincipal> operators(long centreId) {
        return BenchmarkCentres.operators(fixtures, centreId, CLIENTS);
    }

    private List<Long> registerMembers(long centreId, int count) {
        return BenchmarkCentres.registerMembers(fixtures, members, centreId, count);
    }

    private long rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long overlaps(long centreId) {
        return BenchmarkCentres.stationOverlaps(jdbc, centreId);
    }

    private void assertNoOverlaps(long centreId) {
        assertThat(overlaps(centreId)).isZero();
    }

    private static long[] time(int warmUp, int runs, Supplier<Object> call) {
        return time(warmUp, runs, call, false);
    }

    /** Sorted nanoseconds per call; with {@code selfTimed} the call returns its own nanoseconds. */
    private static long[] time(int warmUp, int runs, Supplier<Object> call, boolean selfTimed) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Object result = call.get();
            nanos[i] = selfTimed ? (Long) result : System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private void row(String label, long[] sortedNanos) {
        report.append("| ").append(label).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f | %.1f | %.1f", sortedNanos[sortedNanos.length / 2] / 1e6,
                        sortedNanos[(int) (sortedNanos.length * 0.95)] / 1e6, sortedNanos[sortedNanos.length - 1] / 1e6))
                .append(" |\n");
    }
}
