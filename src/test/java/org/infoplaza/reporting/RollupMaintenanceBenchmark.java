package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What keeping the station-use rollups adds to a check-out (issue #7: under 5 ms), for docs/performance.md:
 * the rollup listener timed on its own inside a transaction, as it runs in a check-out, and whole
 * check-outs (walk-in, then check-out through {@link BookingService}, listener included) for scale. Not part
 * of {@code ./mvnw verify}; run it with {@code ./mvnw test -Pbenchmark -Dtest=RollupMaintenanceBenchmark}.
 * Results also go to {@code target/benchmark/rollups.md}.
 */
@Tag("benchmark")
@IntegrationTest
class RollupMaintenanceBenchmark {

    static final int MEMBERS = 40;
    static final int WARM_UP = 200;
    static final int RUNS = 1_000;
    static final int CHECK_OUTS = 300;

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

    StringBuilder report = new StringBuilder();

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void rollup_maintenance_per_check_out() throws Exception {
        clock.standAt(WorkshopDesk.mondayAt(8, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        long stationId = SystemAuthentication.call(() -> stations.create(centre.id(),
                new StationData("PC-01", StationKind.DESKTOP, null, null, null, 0))).id();
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            people.add(members.register(MemberRegistrations.aMember(centre.id()).build()).id());
        }
        report.append(Runtime.getRuntime().availableProcessors()).append(" processors; load ").append(Timings.loadAverage())
                .append(" at start\n\n| measurement | runs | median ms | p95 ms | max ms |\n|---|---|---|---|---|\n");

        // 1. The listener alone, in a transaction as in a check-out: sessions of the members on days of a month.
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        LocalDateTime first = LocalDateTime.of(2025, 3, 1, 9, 0);
        long[] listener = new long[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            int n = i + WARM_UP;
            LocalDateTime start = first.plusDays(n % 28).plusMinutes(10L * (n / 28 % 40));
            SessionEnded ended = new SessionEnded(n, centre.id(), stationId, people.get(n % MEMBERS), BookingKind.WALK_IN,
                    VisitPurpose.EDUCATION, start, start.plusMinutes(45));
            long nanos = inTransaction.execute(status -> {
                long t0 = System.nanoTime();
                counting.on(ended);
                return System.nanoTime() - t0;
            });
            if (i >= 0) {
                listener[i] = nanos;
            }
        }
        row("rollup listener for one ended session (day row and member-month row upserts, profile read)", listener);

        // 2. Whole check-outs through the booking service, the listener included.
        long[] checkOuts = new long[CHECK_OUTS];
        LocalDateTime now = WorkshopDesk.mondayAt(8, 0);
        for (int i = 0; i < CHECK_OUTS; i++) {
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
            BookingDetails session = bookings.startWalkIn(people.get(i % MEMBERS), centre.id(), VisitPurpose.EDUCATION);
            clock.standAt(now.plusMinutes(5));
            long t0 = System.nanoTime();
            bookings.checkOut(session.id());
            checkOuts[i] = System.nanoTime() - t0;
        }
        row("whole check-out through BookingService (rule checks, slots, events, rollups)", checkOuts);
        SignedIn.as(Role.ADMIN);
        assertThat(members.profileOf(people.getFirst(), first.toLocalDate())).isNotNull();

        report.append("\nLoad average at the end: ").append(Timings.loadAverage()).append('\n');
        System.out.println("\n" + report);
        Path out = Path.of("target", "benchmark", "rollups.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void row(String label, long[] nanos) {
        report.append("| ").append(label).append(" | ").append(nanos.length).append(" | ")
                .append(Timings.millis(nanos)).append(" |\n");
    }
}
