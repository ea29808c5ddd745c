package org.infoplaza.notification;

import java.time.Instant;

/** How one job run went. */
public record JobRunDetails(String jobName, String node, Instant startedAt, Instant finishedAt, boolean succeeded,
        String message) {
}
