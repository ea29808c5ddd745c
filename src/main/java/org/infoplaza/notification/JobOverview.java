package org.infoplaza.notification;

import java.time.Instant;

/** A scheduled job as the System view lists it; {@code lastRun} is null before its first run. */
public record JobOverview(String name, String description, Instant previousFire, Instant nextFire,
        JobRunDetails lastRun) {
}
