package org.infoplaza.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Hibernate;
import org.infoplaza.shared.AbstractEntity;
import org.infoplaza.shared.DomainException;

@Entity
@Table(name = "outbox_message")
class OutboxMessage extends AbstractEntity {

    private String kind;
    private String reference;
    /** The member the message is for, by id; null for staff and other addresses, and once purged. */
    private Long memberId;
    private String recipientName;
    private String recipientEmail;
    private String language;
    private String subject;
    private String bodyText;
    private String bodyHtml;
    private String calendar;

    /** Lazy: lists of messages never load files; the dispatcher loads them with the claimed batch. */
    @ElementCollection
    @CollectionTable(name = "outbox_attachment", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "position")
    private List<StoredAttachment> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private String claimToken;
    private Instant claimedUntil;
    private String lastError;
    private String skipReason;
    private Instant createdAt;
    private Instant sentAt;
    /** When it reached its end (sent, finally failed, skipped, cancelled); null while it may still go out. */
    private Instant finishedAt;
    /** When its personal content was removed (see {@link OutboxRetention}); it can no longer be sent. */
    private Instant purgedAt;

    protected OutboxMessage() {
    }

    OutboxMessage(MailRequest request, RenderedMail mail, String calendar, Instant now) {
        this.kind = request.kind();
        this.reference = request.reference();
        this.memberId = request.recipient().memberId();
        this.recipientName = request.recipient().name();
        this.recipientEmail = request.recipient().hasEmail() ? request.recipient().email().strip() : null;
        this.language = request.recipient().locale().getLanguage();
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.calendar = calendar;
        request.attachments().forEach(a -> attachments.add(new StoredAttachment(a)));
        this.createdAt = now;
        this.nextAttemptAt = now;
        if (recipientEmail == null) {
            this.status = OutboxStatus.SKIPPED;
            this.skipReason = "no-email";
            this.finishedAt = now;
        } else {
            this.status = OutboxStatus.PENDING;
        }
    }

    void markSent(Instant now) {
        status = OutboxStatus.SENT;
        attempts++;
        sentAt = now;
        finishedAt = now;
        lastError = null;
        releaseClaim();
    }

    /** A failed attempt waits twice as long as the one before, up to {@code maxDelay}; then it gives up. */
    void markFailed(String error, Instant now, int maxAttempts, Duration firstDelay, Duration maxDelay) {
        attempts++;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        releaseClaim();
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
            finishedAt = now;
            return;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        status = OutboxStatus.PENDING;
    }

    /** An admin sends a failed, skipped or cancelled message again, now. */
    void retry(Instant now) {
        if (status == OutboxStatus.SENT || status == OutboxStatus.SENDING) {
            throw new DomainException("outbox.retry.not-allowed");
        }
        if (purgedAt != null) {
            throw new DomainException("outbox.retry.purged");
        }
        if (recipientEmail == null) {
            throw new DomainException("outbox.retry.no-email");
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        skipReason = null;
        finishedAt = null;
    }

    void cancel(Instant now) {
        if (status != OutboxStatus.PENDING && status != OutboxStatus.FAILED) {
            throw new DomainException("outbox.cancel.not-allowed");
        }
        status = OutboxStatus.CANCELLED;
        finishedAt = now;
    }

    private void releaseClaim() {
        claimToken = null;
        claimedUntil = null;
    }

    OutboxStatus getStatus() {
        return status;
    }

    String getRecipientEmail() {
        return recipientEmail;
    }

    String getRecipientName() {
        return recipientName;
    }

    String getSubject() {
        return subject;
    }

    String getBodyText() {
        return bodyText;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    String getCalendar() {
        return calendar;
    }

    List<StoredAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    /** Loads the attachments while the transaction is open, so the message can be sent after it ends. */
    void loadAttachments() {
        Hibernate.initialize(attachments);
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }

    OutboxMessageDetails toDetails() {
        return new OutboxMessageDetails(getId(), getVersion(), kind, reference, recipientName, recipientEmail,
                language, subject, bodyText, calendar != null, status, attempts, nextAttemptAt, lastError,
                skipReason, createdAt, sentAt, purgedAt);
    }
}
