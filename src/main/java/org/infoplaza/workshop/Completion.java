package org.infoplaza.workshop;

/**
 * How far a member enrolled in a cohort has come: sessions attended out of the sessions that count (every
 * session not cancelled) and whether that reaches the course's threshold.
 */
public record Completion(long memberId, String memberNumber, String memberName, int attended, int sessions,
        int percent, boolean completed) {
}
