package org.infoplaza.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due messages. Each poll claims a batch in one atomic UPDATE under a fresh token, then sends the
 * claimed messages one by one outside any database transaction (a slow mail server must not hold locks)
 * and records each outcome in its own short transaction.
 *
 * <p>A message is sent at most once while its claim lasts ({@code infoplaza.mail.claim-timeout}, well
 * above the SMTP time-outs). Only if a node dies after the mail server accepted a message but before the
 * outcome was written can the message go out again when the claim expires.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxRepository messages;
    private final MailTransport transport;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration claimTimeout;

    OutboxDispatcher(OutboxRepository messages, MailTransport transport, TransactionTemplate transactions, Clock clock,
            @Value("${infoplaza.mail.batch-size}") int batchSize,
            @Value("${infoplaza.mail.max-attempts}") int maxAttempts,
            @Value("${infoplaza.mail.first-retry-delay}") Duration firstDelay,
            @Value("${infoplaza.mail.max-retry-delay}") Duration maxDelay,
            @Value("${infoplaza.mail.claim-timeout}") Duration claimTimeout) {
        this.messages = messages;
        this.transport = transport;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.claimTimeout = claimTimeout;
    }

    /** Delivers what is due now; returns how many messages were sent. */
    int deliverDue() {
        return deliverDue(clock.instant());
    }

    int deliverDue(Instant now) {
        String token = UUID.randomUUID().toString();
        Integer claimed = transactions.execute(status -> messages.claim(token, now, now.plus(claimTimeout), batchSize));
        if (claimed == null || claimed == 0) {
            return 0;
        }
        List<OutboxMessage> batch = transactions.execute(status -> {
            List<OutboxMessage> claimedMessages = messages.findClaimed(token);
            claimedMessages.forEach(OutboxMessage::loadAttachments);
            return claimedMessages;
        });
        int sent = 0;
        for (OutboxMessage message : batch) {
            if (deliver(message)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(OutboxMessage message) {
        try {
            transport.send(message);
        } catch (Exception e) {
            // Mail servers quote the refused address in their errors: the log gets the error without it (the
            // message's own record, which administrators see, keeps it until the message is purged).
            log.warn("Outbox message {} not delivered (attempt {}): {}", message.getId(), message.getAttempts() + 1,
                    withoutAddresses(describe(e)));
            record(message.getId(), m -> m.markFailed(describe(e), clock.instant(), maxAttempts, firstDelay, maxDelay));
            return false;
        }
        record(message.getId(), m -> m.markSent(clock.instant()));
        return true;
    }

    private void record(long id, Consumer<OutboxMessage> outcome) {
        transactions.executeWithoutResult(status -> messages.findById(id).ifPresent(outcome));
    }

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\\[\\],;:\"']+@[^\\s<>()\\[\\],;:\"']+");

    /** The text with every e-mail address replaced by {@code <address>}. */
    static String withoutAddresses(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll("<address>");
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? text : text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
