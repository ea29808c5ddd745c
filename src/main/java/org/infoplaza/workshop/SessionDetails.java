package org.infoplaza.workshop;

import java.time.LocalDateTime;

/** One session of a cohort; {@code position} counts from 1 among the cohort's sessions in time order. */
public record SessionDetails(long id, long version, long cohortId, int position, LocalDateTime startsAt,
        LocalDateTime endsAt, boolean cancelled) {
}
