package org.infoplaza.notification;

/** System view filter: one status or all, and a fragment of recipient, subject or reference. */
public record OutboxFilter(OutboxStatus status, String text) {

    public static OutboxFilter none() {
        return new OutboxFilter(null, "");
    }
}
