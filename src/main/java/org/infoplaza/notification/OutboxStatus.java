package org.infoplaza.notification;

/** Where a message is in its life. */
public enum OutboxStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by one node that is sending it now. */
    SENDING,
    SENT,
    /** Gave up after the maximum number of attempts; an admin can retry. */
    FAILED,
    /** Not sent on purpose, for the recorded reason (for example: no e-mail address). */
    SKIPPED,
    /** Cancelled by an admin before it was sent. */
    CANCELLED
}
