package org.infoplaza.workshop;

/**
 * One person on a session's roster: an enrolled member or a walk-in, with the mark recorded so far (null
 * while nobody has tapped).
 */
public record RosterLine(long memberId, String memberNumber, String memberName, boolean minor,
        AttendanceStatus status, boolean walkIn) {
}
