package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.Sex;
import org.infoplaza.notification.Outbox;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly job: it fires at 05:30 on the first of the month in Panama, closes the month before as Panama
 * counts it (at 20:00 on the last day in Panama it is already the 1st in UTC, and still the old month), and
 * mails the secretariat its summary through the outbox once, with small counts of people hidden, however
 * often it runs. The job closes every active centre of the shared test database, so assertions look at
 * this test's centre and at this test's month's messages.
 */
@IntegrationTest
class MonthCycleJobIntegrationTest {

    private static final Pattern COUNT_LINE = Pattern.compile("^- [^:]+: (\\S+)$", Pattern.MULTILINE);

    @Autowired
    MonthCycleService cycle;

    @Autowired
    Releases releases;

    @Autowired
    IndicatorService indicators;

    @Autowired
    MonthlyReports reports;

    @Autowired
    MonthReportTables tables;

    @Autowired
    Outbox outbox;

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    @Qualifier("monthCycleTrigger")
    Trigger trigger;

    CentreDetails centre;
    YearMonth month;
    MonthCycleJob job;

    @BeforeEach
    void setUp() {
        centre = stationUse.morningOfWalkIns(List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE,
                Sex.FEMALE, Sex.MALE));
        month = YearMonth.from(WorkshopDesk.monday());
        MonthlyReportMail mail = new MonthlyReportMail(indicators, reports, tables, outbox, clock,
                "secretaria@example.org, jefatura@example.org ,", "es", "https://infoplaza.example/");
        job = new MonthCycleJob(cycle, mail, clock, releases);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_trigger_fires_at_half_past_five_on_the_first_of_each_month_in_panama() {
        // A date well after the trigger was stored, which is when it starts counting.
        ZonedDateTime mid = ZonedDateTime.of(2030, 3, 15, 12, 0, 0, 0, PanamaTime.ZONE);
        Date next = trigger.getFireTimeAfter(Date.from(mid.toInstant()));
        assertThat(next.toInstant().atZone(PanamaTime.ZONE).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2030, 4, 1, 5, 30));
        Date after = trigger.getFireTimeAfter(next);
        assertThat(after.toInstant().atZone(PanamaTime.ZONE).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2030, 5, 1, 5, 30));
    }

    @Test
    void on_the_first_it_computes_the_month_before_and_mails_the_secretariat_once() {
        // 20:00 on the month's last day in Panama is 01:00 of the 1st in UTC: still the same month here.
        clock.standAt(month.atEndOfMonth().atTime(20, 0));
        run();
        assertThat(reportOf(month)).as("the month is not over in Panama").isEmpty();
        assertThat(reportOf(month.minusMonths(1))).singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("OPEN"));

        clock.standAt(month.plusMonths(1).atDay(1).atTime(5, 30));
        String result = run();
        assertThat(result).startsWith(month + ": computed ").contains(", release revision 1,").endsWith("mailed 2");
        List<Map<String, Object>> report = reportOf(month);
        assertThat(report).singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("OPEN"));
        long reportId = ((Number) report.getFirst().get("id")).longValue();
        assertThat(tables.snapshots(reportId)).singleElement().satisfies(s -> {
            assertThat(s.occasion()).isEqualTo(RevisionOccasion.COMPUTED);
            assertThat(s.revision()).isEqualTo(1);
            assertThat(s.figures().sessions()).isEqualTo(7);
            assertThat(s.figures().membersBySex()).containsEntry(Sex.MALE, 1L);
        });

        List<Map<String, Object>> mail = mailOf(month);
        assertThat(mail).extracting(m -> m.get("recipient_email"))
                .containsExactlyInAnyOrder("secretaria@example.org", "jefatura@example.org");
        assertThat(mail).allSatisfy(m -> {
            assertThat(m.get("status")).isEqualTo("PENDING");
            assertThat((String) m.get("subject")).startsWith("Infoplaza: resumen de ");
            String body = (String) m.get("body_text");
            assertThat(body).contains("Sesiones en estaciones:").contains("https://infoplaza.example/reportes-mensuales");
            Matcher counts = COUNT_LINE.matcher(body);
            int lines = 0;
            while (counts.find()) {
                lines++;
                assertThat(counts.group(1)).as("a count of people in the mail").isNotIn("1", "2", "3", "4");
            }
            assertThat(lines).as("sexes and age bands").isEqualTo(Sex.values().length
                    + org.infoplaza.member.AgeBand.values().length);
        });

        assertThat(jdbc.queryForList("SELECT a.file_name, a.content_type, a.content FROM outbox_attachment a"
                + " JOIN outbox_message m ON m.id = a.message_id WHERE m.reference = ?", "month-report:" + month))
                .as("the country's report goes with each message").hasSize(2).allSatisfy(a -> {
                    assertThat(a.get("file_name")).isEqualTo("infoplaza-" + month + ".pdf");
                    assertThat(a.get("content_type")).isEqualTo("application/pdf");
                    assertThat(new String((byte[]) a.get("content"), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                            .isEqualTo("%PDF-");
                });

        clock.standAt(month.plusMonths(1).atDay(1).atTime(7, 0));
        assertThat(run()).as("a second run makes no new revision: the counts did not change")
                .isEqualTo(month + ": computed 0, release revision 1, mailed 0");
        assertThat(mailOf(month)).hasSize(2);
        assertThat(reportOf(month)).hasSize(1);
        assertThat(tables.snapshots(reportId)).hasSize(1);
    }

    private String run() {
        return transactions.execute(status -> job.run());
    }

    private List<Map<String, Object>> reportOf(YearMonth m) {
        return jdbc.queryForList("SELECT id, status FROM month_report WHERE centre_id = ? AND report_month = ?",
                centre.id(), m.atDay(1));
    }

    private List<Map<String, Object>> mailOf(YearMonth m) {
        return jdbc.queryForList("SELECT recipient_email, status, subject, body_text FROM outbox_message"
                + " WHERE reference = ? ORDER BY id", "month-report:" + m);
    }
}
