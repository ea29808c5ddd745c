package org.infoplaza.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Retry rules of one message: growing delays, a cap, and giving up after the last attempt; when it is finished
 * (for the retention rule), and what its failure says in the log.
 */
class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration MAX = Duration.ofMinutes(10);

    @Test
    void each_failure_waits_twice_as_long_as_the_one_before_up_to_the_cap() {
        OutboxMessage message = message("ana@example.org");
        Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(10), Duration.ofMinutes(10)};
        for (Duration delay : expected) {
            message.markFailed("Connection refused", NOW, 8, FIRST, MAX);
            assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(Duration.between(NOW, message.getNextAttemptAt())).isEqualTo(delay);
        }
    }

    @Test
    void the_last_allowed_failure_marks_the_message_failed() {
        OutboxMessage message = message("ana@example.org");
        message.markFailed("down", NOW, 2, FIRST, MAX);
        message.markFailed("still down", NOW, 2, FIRST, MAX);

        assertThat(message.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(message.toDetails().lastError()).isEqualTo("still down");
        assertThat(message.getAttempts()).isEqualTo(2);
    }

    @Test
    void a_recipient_without_e_mail_is_skipped_with_the_reason_and_cannot_be_retried() {
        OutboxMessage message = message(null);

        assertThat(message.getStatus()).isEqualTo(OutboxStatus.SKIPPED);
        assertThat(message.toDetails().skipReason()).isEqualTo("no-email");
        assertThatThrownBy(() -> message.retry(NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("outbox.retry.no-email"));
    }

    @Test
    void a_failed_message_can_be_retried_from_scratch_but_a_sent_one_cannot() {
        OutboxMessage failed = message("ana@example.org");
        failed.markFailed("down", NOW, 1, FIRST, MAX);
        failed.retry(NOW.plusSeconds(60));
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(failed.getAttempts()).isZero();

        OutboxMessage sent = message("ana@example.org");
        sent.markSent(NOW);
        assertThatThrownBy(() -> sent.retry(NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> sent.cancel(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void a_message_is_finished_when_it_can_no_longer_go_out_by_itself_and_a_retry_reopens_it() {
        OutboxMessage sent = message("ana@example.org");
        assertThat(sent.getFinishedAt()).isNull();
        sent.markSent(NOW);
        assertThat(sent.getFinishedAt()).isEqualTo(NOW);

        OutboxMessage failing = message("ana@example.org");
        failing.markFailed("down", NOW, 2, FIRST, MAX);
        assertThat(failing.getFinishedAt()).as("another attempt is due").isNull();
        failing.markFailed("down", NOW.plusSeconds(60), 2, FIRST, MAX);
        assertThat(failing.getFinishedAt()).isEqualTo(NOW.plusSeconds(60));
        failing.retry(NOW.plusSeconds(120));
        assertThat(failing.getFinishedAt()).isNull();
        failing.cancel(NOW.plusSeconds(180));
        assertThat(failing.getFinishedAt()).isEqualTo(NOW.plusSeconds(180));

        assertThat(message(null).getFinishedAt()).as("skipped at once").isEqualTo(NOW);
    }

    @Test
    void a_purged_message_cannot_be_retried() {
        OutboxMessage failed = message("ana@example.org");
        failed.markFailed("down", NOW, 1, FIRST, MAX);
        ReflectionTestUtils.setField(failed, "purgedAt", NOW.plusSeconds(60));

        assertThatThrownBy(() -> failed.retry(NOW.plusSeconds(120))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("outbox.retry.purged"));
        assertThat(failed.toDetails().purged()).isTrue();
    }

    @Test
    void the_log_line_of_a_refused_message_leaves_out_the_addresses_the_mail_server_quotes() {
        String error = "SendFailedException: Invalid Addresses (SMTPAddressFailedException: 550 5.1.1 "
                + "<ana.gil@example.org>: Recipient address rejected; also maria+casa@correo.pa)";

        assertThat(OutboxDispatcher.withoutAddresses(error))
                .isEqualTo("SendFailedException: Invalid Addresses (SMTPAddressFailedException: 550 5.1.1 "
                        + "<<address>>: Recipient address rejected; also <address>)")
                .doesNotContain("@");
    }

    private static OutboxMessage message(String email) {
        MailRequest request = new MailRequest("test", new Recipient("Ana", email, Locale.ENGLISH), Map.of(), null, "t");
        OutboxMessage message = new OutboxMessage(request, new RenderedMail("s", "t", "<p>h</p>"), null, NOW);
        ReflectionTestUtils.setField(message, "id", 1L);
        return message;
    }
}
