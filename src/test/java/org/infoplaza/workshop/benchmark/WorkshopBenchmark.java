package org.infoplaza.workshop.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.CertificateDetails;
import org.infoplaza.workshop.CertificateService;
import org.infoplaza.workshop.AttendanceStatus;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.WeeklyPattern;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Workshops on real MariaDB, for the figures in docs/performance.md (issue #6): attendance taps on a
 * 30-person roster, certificate PDFs, and the cohort page with 30 members and 20 sessions rendered
 * server-side (browserless). Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw test -Pbenchmark -Dtest=WorkshopBenchmark}. Timings are server-side, around the call in
 * this JVM, and go to {@code target/benchmark/workshop.md}.
 */
@Tag("benchmark")
@IntegrationTest
class WorkshopBenchmark extends SpringBrowserlessTest {

    static final int ROSTER = 30;
    static final int SESSIONS = 20;
    /** Sessions whose taps only warm up the JVM and the database; the others are measured. */
    static final int WARM_UP_SESSIONS = 4;
    static final int PAGE_WARM_UP = 20;
    static final int PAGE_RUNS = 100;
    static final int PDF_WARM_UP = 30;
    static final int PDF_RUNS = 300;

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
    CentreService centres;

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    StringBuilder report = new StringBuilder();
    CohortDetails cohort;
    List<Long> roster = new ArrayList<>();
    StaffPrincipal facilitator;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void workshops() throws Exception {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        report.append(Runtime.getRuntime().availableProcessors()).append(" processors; load ")
                .append(load()).append(" at start\n\n| measurement | runs | median ms | p95 ms | max ms |\n|---|---|---|---|---|\n");
        try {
            setUp();
            attendanceTaps();
            cohortPage();
            certificates();
        } finally {
            report.append("\nLoad average at the end: ").append(load()).append('\n');
            System.out.println("\n" + report);
            Path out = Path.of("target", "benchmark", "workshop.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
    }

    /** A cohort of 30 teenagers meeting twice a week for ten weeks (20 sessions). */
    private void setUp() {
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        var course = WorkshopDesk.course(courses);
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        SignedIn.as(facilitator);
        WeeklyPattern pattern = new WeeklyPattern(WorkshopDesk.monday(), SESSIONS / 2,
                Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(15, 0), LocalTime.of(17, 0));
        cohort = WorkshopDesk.cohort(cohorts, WorkshopDesk.cohortData(course.id(), centre.id(), ROSTER, facilitator.id()),
                pattern);
        assertThat(cohort.sessions()).hasSize(SESSIONS);
        for (int i = 0; i < ROSTER; i++) {
            long member = SystemAuthentication.call(() -> WorkshopDesk.teenWithConsent(members, centre.id()));
            enrolments.enrol(cohort.id(), member);
            roster.add(member);
        }
    }

    /**
     * Every session's roster is taken one tap per person, as a facilitator would (mostly present, some
     * absent or excused); each tap is one {@code AttendanceService.mark} call.
     */
    private void attendanceTaps() {
        List<Long> nanos = new ArrayList<>();
        int index = 0;
        for (SessionDetails session : cohort.sessions()) {
            clock.standAt(session.startsAt().plusMinutes(10));
            for (long member : roster) {
                AttendanceStatus status = index % 11 == 0 ? AttendanceStatus.ABSENT
                        : index % 17 == 0 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
                index++;
                long t0 = System.nanoTime();
                attendance.mark(session.id(), member, status);
                long elapsed = System.nanoTime() - t0;
                if (session.position() > WARM_UP_SESSIONS) {
                    nanos.add(elapsed);
                }
            }
        }
        row("attendance tap (one mark on a 30-person roster)", nanos.stream().mapToLong(Long::longValue).toArray());
        assertThat(attendance.completion(cohort.id())).hasSize(ROSTER);
    }

    /**
     * The cohort page (header, sessions, roster, completion), opened by navigation as the facilitator would
     * from the cohort list: the view is built, its services are called and it is attached, server-side.
     */
    private void cohortPage() {
        UI ui = UI.getCurrent();
        long[] opening = new long[PAGE_RUNS];
        for (int i = -PAGE_WARM_UP; i < PAGE_RUNS; i++) {
            ui.navigate("workshops");
            long t0 = System.nanoTime();
            ui.navigate("workshops/" + cohort.id());
            long elapsed = System.nanoTime() - t0;
            if (i >= 0) {
                opening[i] = elapsed;
            }
        }
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("CohortView");
        row("cohort page opened (30 members, 20 sessions; built, data loaded, attached)", opening);
    }

    /** After the last session: certificates for everyone who completed, then their PDFs (Spanish). */
    private void certificates() {
        clock.standAt(cohort.sessions().getLast().endsAt().plusHours(1));
        long t0 = System.nanoTime();
        List<CertificateDetails> issued = certificates.issueAll(cohort.id());
        long issuing = System.nanoTime() - t0;
        assertThat(issued).isNotEmpty();
        report.append("\nIssuing ").append(issued.size()).append(" certificates at once (issueAll): ")
                .append(String.format(Locale.ROOT, "%.1f", issuing / 1e6)).append(" ms\n\n");
        int[] next = {0};
        long[] pdf = time(PDF_WARM_UP, PDF_RUNS, () -> {
            byte[] document = certificates.pdf(issued.get(next[0]++ % issued.size()).id(), Locale.of("es"));
            assertThat(document).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            return document;
        });
        report.append("| measurement | runs | median ms | p95 ms | max ms |\n|---|---|---|---|---|\n");
        row("certificate PDF (name, course, hours, dates, centre, facilitators, code, QR)", pdf);
    }

    static long[] time(int warmUp, int runs, Supplier<Object> call) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    private void row(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        report.append("| ").append(label).append(" | ").append(sorted.length).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f | %.1f | %.1f", sorted[sorted.length / 2] / 1e6,
                        sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6))
                .append(" |\n");
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
