package org.infoplaza.workshop;

/**
 * A session of the cohort was added, moved or cancelled, so which sessions count for completion (and which
 * is the last) may have changed.
 */
public record CohortSessionsChanged(long cohortId) {
}
