package org.infoplaza.notification;

import java.time.Instant;

/**
 * One message as the System view shows it. Once {@code purgedAt} is set, the recipient, reference, subject,
 * body and last error are null: only the kind, status, attempts and times remain.
 */
public record OutboxMessageDetails(long id, long version, String kind, String reference, String recipientName,
        String recipientEmail, String language, String subject, String bodyText, boolean hasCalendar,
        OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError, String skipReason,
        Instant createdAt, Instant sentAt, Instant purgedAt) {

    public boolean purged() {
        return purgedAt != null;
    }
}
