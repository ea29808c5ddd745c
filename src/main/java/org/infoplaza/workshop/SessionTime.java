package org.infoplaza.workshop;

import java.time.LocalDateTime;

/** When a session meets. */
public record SessionTime(LocalDateTime start, LocalDateTime end) {

    public boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
