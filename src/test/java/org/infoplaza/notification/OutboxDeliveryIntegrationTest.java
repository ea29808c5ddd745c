package org.infoplaza.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.infoplaza.Application;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery through a real SMTP server (GreenMail, in this JVM) from the outbox on real MariaDB. Stopping
 * GreenMail is the mail server going down.
 */
@IntegrationTest
class OutboxDeliveryIntegrationTest {

    private final GreenMail smtp = new GreenMail(new ServerSetup(TestSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    OutboxRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void a_reminder_arrives_in_the_recipients_language_with_its_calendar_invitation() throws Exception {
        smtp.start();
        String address = Fixtures.unique("ana").toLowerCase() + "@example.org";
        Instant start = Instant.parse("2026-12-01T14:00:00Z");
        enqueue(reminder(address, Locale.ENGLISH, start));

        dispatcher.deliverDue(Instant.now());

        MimeMessage received = receivedBy(address).getFirst();
        assertThat(received.getSubject()).isEqualTo("Reminder: Digital skills");
        assertThat(GreenMailUtil.getBody(received)).contains("This is a reminder of");
        BodyPart calendar = attachment(received, "invitacion.ics");
        assertThat(calendar.getContentType()).startsWith("text/calendar");
        assertThat(new String(calendar.getInputStream().readAllBytes(), "UTF-8"))
                .contains("DTSTART:20261201T140000Z", "SUMMARY:Digital skills");
        assertThat(statusOf(address)).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void while_the_mail_server_is_down_a_message_waits_longer_after_each_failure_and_goes_out_once_it_is_back() {
        String address = Fixtures.unique("luis").toLowerCase() + "@example.org";
        OutboxMessageDetails queued = enqueue(reminder(address, Locale.forLanguageTag("es-PA"), Instant.now()));

        Instant first = Instant.now();
        dispatcher.deliverDue(first);
        OutboxMessage afterOne = reload(queued.id());
        assertThat(afterOne.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(afterOne.getAttempts()).isEqualTo(1);
        assertThat(afterOne.toDetails().lastError()).isNotBlank();
        Duration firstWait = Duration.between(first, afterOne.getNextAttemptAt());

        dispatcher.deliverDue(first.plusSeconds(30));
        assertThat(reload(queued.id()).getAttempts()).as("not retried before its time").isEqualTo(1);

        // A failure is stamped with the moment it happened (the real clock), not with the run's due time,
        // so each wait is measured from just before its attempt.
        Instant secondAttempt = Instant.now();
        dispatcher.deliverDue(afterOne.getNextAttemptAt());
        OutboxMessage afterTwo = reload(queued.id());
        assertThat(afterTwo.getAttempts()).isEqualTo(2);
        Duration secondWait = Duration.between(secondAttempt, afterTwo.getNextAttemptAt());
        assertThat(secondWait).isGreaterThan(firstWait);

        smtp.start();
        dispatcher.deliverDue(afterTwo.getNextAttemptAt());

        assertThat(receivedBy(address)).hasSize(1);
        assertThat(reload(queued.id()).getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(reload(queued.id()).getAttempts()).isEqualTo(3);
    }

    @Test
    void a_message_is_stored_only_if_the_change_that_caused_it_commits() {
        String address = Fixtures.unique("rollback").toLowerCase() + "@example.org";
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(reminder(address, Locale.ENGLISH, Instant.now()));
            status.setRollbackOnly();
        });

        Long stored = transactions.execute(status -> repository.findAll().stream()
                .filter(m -> address.equals(m.getRecipientEmail())).count());
        assertThat(stored).isZero();
    }

    @Test
    void a_member_without_e_mail_is_skipped_with_the_reason_and_nothing_is_sent() {
        smtp.start();
        OutboxMessageDetails skipped = enqueue(new MailRequest("test", new Recipient("Kevin", null,
                Locale.forLanguageTag("es-PA")), Map.of("sentAt", Instant.now()), null, "test"));

        dispatcher.deliverDue(Instant.now());

        assertThat(skipped.status()).isEqualTo(OutboxStatus.SKIPPED);
        assertThat(skipped.skipReason()).isEqualTo("no-email");
        assertThat(reload(skipped.id()).getStatus()).isEqualTo(OutboxStatus.SKIPPED);
    }

    @Test
    void two_pollers_at_the_same_moment_send_each_message_exactly_once() throws Exception {
        smtp.start();
        String batch = Fixtures.unique("race").toLowerCase();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            addresses.add(batch + "-" + i + "@example.org");
            enqueue(reminder(addresses.getLast(), Locale.ENGLISH, Instant.now()));
        }

        Instant now = Instant.now();
        CountDownLatch ready = new CountDownLatch(2);
        Callable<Integer> poller = () -> {
            ready.countDown();
            ready.await();
            int sent = 0;
            for (int round = 0; round < 5; round++) {
                sent += dispatcher.deliverDue(now);
            }
            return sent;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(poller, poller));
            assertThat(results.get(0).get() + results.get(1).get()).isGreaterThanOrEqualTo(30);
        } finally {
            pool.shutdownNow();
        }

        for (String address : addresses) {
            assertThat(receivedBy(address)).as(address).hasSize(1);
        }
    }

    @Test
    void messages_pending_when_the_application_stops_are_delivered_by_the_next_start() throws Exception {
        String address = Fixtures.unique("rosa").toLowerCase() + "@example.org";
        OutboxMessageDetails queued = enqueue(reminder(address, Locale.ENGLISH, Instant.now()));
        dispatcher.deliverDue(Instant.now());
        assertThat(reload(queued.id()).getStatus()).as("mail server down before the restart").isEqualTo(OutboxStatus.PENDING);
        transactions.executeWithoutResult(s -> repository.findById(queued.id()).orElseThrow().retry(Instant.now()));

        smtp.start();
        // A second application in this JVM installs its own security context holder (the test context's
        // beans keep reading the first one, so it is put back afterwards), and Quartz keeps connection pools
        // in a JVM-wide registry by scheduler name, so the second application's scheduler gets its own name.
        SecurityContextHolderStrategy ownStrategy = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--spring.quartz.auto-startup=true", "--infoplaza.mail.poll-interval=1s",
                        "--spring.quartz.scheduler-name=infoplaza-after-restart")) {
            assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("delivered by the restarted application's job").isTrue();
            Thread.sleep(500);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(ownStrategy);
        }
        assertThat(receivedBy(address)).hasSize(1);
        assertThat(reload(queued.id()).getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    private MailRequest reminder(String address, Locale locale, Instant start) {
        return new MailRequest("session-reminder", new Recipient("Ana", address, locale),
                Map.of("name", "Ana", "title", "Digital skills", "centre", "Infoplaza Curundú", "start", start),
                new CalendarEvent("session-1@infoplaza", start, start.plusSeconds(5400), "Digital skills",
                        "Infoplaza Curundú", null), "session:1");
    }

    private OutboxMessageDetails enqueue(MailRequest request) {
        return transactions.execute(status -> outbox.enqueue(request));
    }

    private OutboxMessage reload(long id) {
        return transactions.execute(status -> repository.findById(id).orElseThrow());
    }

    private OutboxStatus statusOf(String address) {
        return transactions.execute(status -> repository.findAll().stream()
                .filter(m -> address.equals(m.getRecipientEmail())).findFirst().orElseThrow().getStatus());
    }

    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
        } catch (Exception e) {
            return false;
        }
    }

    private static BodyPart attachment(MimeMessage message, String fileName) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                return part;
            }
        }
        throw new AssertionError("No attachment " + fileName);
    }
}
