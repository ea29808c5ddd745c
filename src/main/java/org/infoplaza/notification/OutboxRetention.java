package org.infoplaza.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.infoplaza.member.MemberAnonymised;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long the outbox keeps what it sends. A message holds a person's name, address and the text written to
 * them (and files, such as the monthly report) only while that is useful: once it has ended (sent, finally
 * failed, skipped or cancelled) and {@code infoplaza.mail.keep-after-delivery} has passed, the nightly
 * {@link OutboxRetentionJob} purges it down to its kind, status, attempts and times. When a member is
 * anonymised, every message for them, queued or kept, is deleted in the same transaction.
 */
@Component
class OutboxRetention {

    static final int BATCH_SIZE = 500;

    private final OutboxRepository messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration keep;

    OutboxRetention(OutboxRepository messages, TransactionTemplate transactions, Clock clock,
            @Value("${infoplaza.mail.keep-after-delivery:30d}") Duration keep) {
        if (keep.isNegative()) {
            throw new IllegalArgumentException("infoplaza.mail.keep-after-delivery must not be negative");
        }
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
        this.keep = keep;
    }

    /** Purges every message that ended longer ago than the keeping period; returns how many. */
    int purgeDue() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(keep);
        int total = 0;
        int batch;
        do {
            // One transaction per batch, so a night with many messages never holds thousands of rows locked.
            Integer purged = transactions.execute(status -> {
                int count = messages.purgeFinishedBefore(cutoff, now, BATCH_SIZE);
                messages.deleteAttachmentsOfPurged();
                return count;
            });
            batch = purged == null ? 0 : purged;
            total += batch;
        } while (batch == BATCH_SIZE);
        return total;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MemberAnonymised anonymised) {
        messages.deleteOfMember(anonymised.memberId());
    }
}
