package org.infoplaza.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.booking.BookingDesk.monday;
import static org.infoplaza.booking.BookingDesk.mondayAt;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberService;
import org.infoplaza.reporting.StationUseRollups;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code kill -9} of a node in the middle of a booking leaves no half-written state (issue #8). A second
 * node runs as a process of its own ({@link BookingDrill}: four desks booking, cancelling, starting walk-ins
 * and checking them out at one centre without pause); once it has committed a few dozen actions, the test
 * waits for the moment one of its transactions has written rows and not yet committed, and kills the
 * process with SIGKILL. The database must then hold only whole actions: every booking with exactly the
 * station and member slots its state calls for, the rollups equal to a recount from the sessions, and no
 * lock left behind, so this node books at once.
 */
@IntegrationTest
class KillDuringBookingIntegrationTest {

    static final int STATIONS = 10;
    static final int MEMBERS = 120;
    /** Twelve hours a day each, so that the members never run out of minutes and the desks keep writing. */
    static final CentreRules RULES = new CentreRules(90, 720, 10, 14);
    static final int ACTIONS_BEFORE_KILL = 40;

    @Autowired
    BookingService bookings;

    @Autowired
    CentreService centres;

    @Autowired
    StationService stations;

    @Autowired
    MemberService members;

    @Autowired
    StationUseRollups rollups;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private Process drill;
    /** Set once the drill may be killed; then its next held commit with rows written is where it dies. */
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicReference<String> caught = new AtomicReference<>();

    @AfterEach
    void tearDown() {
        if (drill != null) {
            drill.destroyForcibly();
        }
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void a_node_killed_with_sigkill_while_a_booking_is_being_written_leaves_only_whole_actions() throws Exception {
        clock.standAt(mondayAt(10, 0));
        CentreDetails centre = BookingDesk.centre(fixtures, centres, RULES);
        for (int i = 1; i <= STATIONS; i++) {
            BookingDesk.station(stations, centre.id(), "PC-%02d".formatted(i), null, null);
        }
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
        List<Long> memberIds = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            memberIds.add(BookingDesk.adult(members, centre.id()));
        }

        AtomicInteger actions = new AtomicInteger();
        List<String> errors = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        drill = startDrill(centre.id(), operator, memberIds, actions, errors, ready);
        assertThat(ready.await(4, TimeUnit.MINUTES)).as("the drill node started").isTrue();
        awaitActions(actions, ACTIONS_BEFORE_KILL);

        String caught = killWhileWriting();
        int committed = actions.get();
        assertThat(drill.waitFor(30, TimeUnit.SECONDS)).isTrue();
        awaitRolledBack();

        assertThat(errors).as("the drill's unexpected errors").isEmpty();
        assertThat(caught).as("a transaction of the drill had written rows when it was killed").isNotNull();
        assertEveryBookingHoldsExactlyItsSlots(centre.id());
        assertRollupsEqualARecount(centre.id());

        // No lock of the dead node's transaction is left: this node books at once.
        long member = memberIds.getFirst();
        BookingDetails after = bookings.book(new BookingRequest(member, centre.id(), null, mondayAt(16, 30), 30));
        assertThat(bookings.get(after.id()).status()).isEqualTo(BookingStatus.BOOKED);
        System.out.printf("kill -9 after %d committed actions, during: %s; %d bookings at the centre%n", committed,
                caught, BookingDesk.bookingRows(jdbc, centre.id()));
    }

    private Process startDrill(long centreId, StaffPrincipal operator, List<Long> memberIds, AtomicInteger actions,
            List<String> errors, CountDownLatch ready) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createDirectories(Path.of("target")).resolve("booking-drill.log");
        List<String> command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-D" + TestDatabase.JOIN_PROPERTY + "=" + TestDatabase.get().joinValue(),
                BookingDrill.class.getName(), String.valueOf(centreId), String.valueOf(operator.id()),
                operator.getUsername(), mondayAt(10, 0).toString(),
                memberIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread.ofPlatform().daemon().name("drill-output").start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    var kept = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.startsWith("ok ")) {
                        kept.write(line);
                        kept.newLine();
                        kept.flush();
                    }
                    if (line.startsWith("writing ") && armed.get() && caught.compareAndSet(null, line.substring(8))) {
                        // The drill holds this transaction's commit: kill it now, inside the transaction.
                        process.destroyForcibly();
                    } else if (line.equals("ready")) {
                        ready.countDown();
                    } else if (line.startsWith("ok ")) {
                        actions.incrementAndGet();
                    } else if (line.startsWith("error ")) {
                        errors.add(line);
                    }
                }
            } catch (java.io.IOException ended) {
                // The process was killed.
            }
        });
        return process;
    }

    private void awaitActions(AtomicInteger actions, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (actions.get() < count) {
            assertThat(drill.isAlive()).as("the drill runs (see target/booking-drill.log)").isTrue();
            assertThat(System.nanoTime()).as("%d actions committed within 2 minutes", count).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /**
     * Watches the server's open transactions in this database and kills the drill the moment one has written
     * rows; returns what that transaction had written (or null if none was seen in 30 seconds, and the drill
     * is killed anyway).
     */
    /**
     * Arms the kill: the next time the drill says it holds a commit with rows written, the output reader kills it
     * with SIGKILL (see {@link BookingDrill.HeldCommits}). Returns what the drill said, or null if it never did.
     */
    private String killWhileWriting() throws InterruptedException {
        armed.set(true);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (caught.get() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        drill.destroyForcibly();
        return caught.get();
    }

    /** The server notices the dead connections and rolls their transactions back. */
    private void awaitRolledBack() throws InterruptedException {
        String database = TestDatabase.get().database();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject("""
                SELECT COUNT(*) FROM information_schema.innodb_trx t
                JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id
                WHERE p.db = ? AND p.id <> CONNECTION_ID()
                """, Integer.class, database) > 0) {
            assertThat(System.nanoTime()).as("the dead node's transactions rolled back").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /**
     * Booked or in session: every slot from start to end, on its station and for its member; completed: up to
     * the slot of the check-out; cancelled: none.
     */
    private void assertEveryBookingHoldsExactlyItsSlots(long centreId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT b.id, b.status, b.starts_at, b.ends_at, b.checked_out_at,
                       (SELECT COUNT(*) FROM booking_slot s WHERE s.booking_id = b.id AND s.station_id = b.station_id) AS station_slots,
                       (SELECT COUNT(*) FROM booking_slot s WHERE s.booking_id = b.id) AS all_station_slots,
                       (SELECT COUNT(*) FROM member_slot m WHERE m.booking_id = b.id AND m.member_id = b.member_id) AS member_slots,
                       (SELECT COUNT(*) FROM member_slot m WHERE m.booking_id = b.id) AS all_member_slots
                FROM booking b WHERE b.centre_id = ?
                """, centreId);
        assertThat(rows).as("the drill's bookings").hasSizeGreaterThan(10);
        for (Map<String, Object> row : rows) {
            BookingStatus status = BookingStatus.valueOf((String) row.get("status"));
            LocalDateTime start = time(row.get("starts_at"));
            LocalDateTime end = switch (status) {
                case BOOKED, IN_SESSION -> time(row.get("ends_at"));
                case COMPLETED -> Slots.slotOf(time(row.get("checked_out_at"))).plusMinutes(Slots.MINUTES);
                case CANCELLED, NO_SHOW -> start;
            };
            long expected = Slots.between(start, end).size();
            assertThat(List.of(row.get("station_slots"), row.get("all_station_slots"), row.get("member_slots"),
                    row.get("all_member_slots")).stream().map(n -> ((Number) n).longValue()).toList())
                    .as("slots of booking %s (%s)", row.get("id"), status)
                    .containsOnly(expected);
        }
    }

    private static LocalDateTime time(Object column) {
        return column instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) column;
    }

    /** Each of the centre's rollup rows is what a rebuild from the sessions writes. */
    private void assertRollupsEqualARecount(long centreId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.isBefore(monday()) ? today.withDayOfMonth(1) : monday().withDayOfMonth(1);
        List<String> tables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name LIKE 'rollup\\_%' AND column_name = 'centre_id'
                ORDER BY table_name
                """, String.class);
        assertThat(tables).contains("rollup_station_day", "rollup_station_member");
        Map<String, List<String>> kept = rollupRows(tables, centreId);
        assertThat(kept.get("rollup_station_day")).as("sessions counted by the drill's check-outs").isNotEmpty();

        SignedIn.as(Role.ADMIN);
        rollups.rebuild(from, monday().plusMonths(1).withDayOfMonth(1).minusDays(1), centreId);
        assertThat(rollupRows(tables, centreId)).isEqualTo(kept);
    }

    /** Each table's rows of the centre, as sorted text (the order rows come back in is not compared). */
    private Map<String, List<String>> rollupRows(List<String> tables, long centreId) {
        return tables.stream().collect(Collectors.toMap(table -> table, table -> jdbc.queryForList(
                "SELECT * FROM " + table + " WHERE centre_id = ?", centreId).stream()
                .map(Object::toString).sorted().toList()));
    }
}
