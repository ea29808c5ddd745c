package org.infoplaza.booking;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.infoplaza.Application;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.DomainException;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A desk that never stops, run as a process of its own by {@link KillDuringBookingIntegrationTest} so that
 * the test can kill it with {@code kill -9} in the middle of its work. It starts the whole application on
 * the test's database (see {@code TestDatabase.JOIN_PROPERTY}) and, on four threads, books, cancels, starts
 * walk-ins and checks them out at one centre, printing {@code ok} after each commit, until it is killed.
 * Walk-ins all start at the clock's fixed moment, so they stop once every station's slot of that moment is
 * held by a finished session; bookings go on, since most are cancelled again.
 *
 * <p>Arguments: centre id, operator's staff id, operator's username, the day's date at 10:00 (ISO), and the
 * member ids separated by commas.
 */
public final class BookingDrill {

    static final int DESKS = 4;

    public static void main(String[] args) throws Exception {
        long centreId = Long.parseLong(args[0]);
        StaffPrincipal operator = new StaffPrincipal(Long.parseLong(args[1]), args[2], "Drill", Role.OPERATOR,
                Set.of(centreId), "es", null, true, false);
        LocalDateTime now = LocalDateTime.parse(args[3]);
        List<Long> members = Arrays.stream(args[4].split(",")).map(Long::valueOf).toList();

        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class, TestClock.class,
                HeldCommits.class).run("--server.port=0", "--spring.quartz.scheduler-name=infoplaza-drill");
        context.getBean(TestClock.class).standAt(now);
        BookingService bookings = context.getBean(BookingService.class);
        PrintStream out = System.out;
        out.println("ready");
        out.flush();
        for (int desk = 0; desk < DESKS; desk++) {
            List<Long> own = members.subList(desk * members.size() / DESKS, (desk + 1) * members.size() / DESKS);
            Thread.ofPlatform().name("desk-" + desk).start(() -> {
                SignedIn.as(operator);
                while (true) {
                    work(bookings, centreId, own, now, out);
                }
            });
        }
        Thread.currentThread().join();
    }

    /** One desk action for a random member: a booking this afternoon (cancelled now and then), or a walk-in. */
    private static void work(BookingService bookings, long centreId, List<Long> members, LocalDateTime now,
            PrintStream out) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long member = members.get(random.nextInt(members.size()));
        try {
            if (random.nextBoolean()) {
                LocalDateTime start = now.withHour(13 + random.nextInt(3)).withMinute(5 * random.nextInt(12));
                BookingDetails booked = bookings.book(new BookingRequest(member, centreId, null, start, 30));
                ok(out, "booked");
                // Most are cancelled again, so that the afternoon never fills up and the desks keep writing.
                if (random.nextInt(10) > 0) {
                    bookings.cancel(booked.id(), booked.version());
                    ok(out, "cancelled");
                }
            } else {
                BookingDetails session = bookings.startWalkIn(member, centreId, VisitPurpose.EDUCATION);
                ok(out, "walked-in");
                bookings.checkOut(session.id());
                ok(out, "checked-out");
            }
        } catch (DomainException refused) {
            // Taken, over the daily limit, no station free: the desk is told so and moves on.
        } catch (RuntimeException other) {
            out.println("error " + other);
        }
    }

    private static void ok(PrintStream out, String what) {
        synchronized (out) {
            out.println("ok " + what);
            out.flush();
        }
    }

    /**
     * Before each commit that changed the centre's day, asks MariaDB how many rows the transaction has written and,
     * when it has written some, says so ({@code writing …}) and holds the commit for {@value #HOLD_MILLIS} ms. The
     * test kills this node when it reads that line, so the kill lands inside a transaction with rows written
     * rather than depending on catching one of a few milliseconds by polling. Only the moment of the commit moves;
     * what is written and in which order stays the application's.
     */
    static class HeldCommits {

        static final long HOLD_MILLIS = 300;

        private final JdbcTemplate jdbc;

        HeldCommits(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
        void holdBeforeCommit(BookingsChanged changed) throws InterruptedException {
            List<String> written = jdbc.query("""
                    SELECT CONCAT('transaction ', trx_id, ' with ', trx_rows_modified, ' rows written')
                    FROM information_schema.innodb_trx
                    WHERE trx_mysql_thread_id = CONNECTION_ID() AND trx_rows_modified > 0""",
                    (rs, row) -> rs.getString(1));
            if (!written.isEmpty()) {
                synchronized (System.out) {
                    System.out.println("writing " + written.getFirst());
                    System.out.flush();
                }
                Thread.sleep(HOLD_MILLIS);
            }
        }
    }

    private BookingDrill() {
    }
}
