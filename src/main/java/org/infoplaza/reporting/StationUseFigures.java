package org.infoplaza.reporting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;

/**
 * Station use of a centre, or of several together, in a month: sessions (on the day they started), of which
 * guest sessions; minutes used on the stations within the month; the whole length of the sessions that
 * started in it (for the average); and unique members, in total and by sex and by age band (every sex and
 * band present, zero when none). Counts only: no member is named or identified. Small counts are not
 * suppressed here; whatever shows them outside a centre must.
 */
public record StationUseFigures(long sessions, long guestSessions, long minutes, long sessionMinutes,
        long uniqueMembers, Map<Sex, Long> membersBySex, Map<AgeBand, Long> membersByAgeBand,
        Map<Sex, Map<AgeBand, Long>> membersBySexAndAgeBand) {

    public StationUseFigures {
        membersBySex = Collections.unmodifiableMap(new EnumMap<>(membersBySex));
        membersByAgeBand = Collections.unmodifiableMap(new EnumMap<>(membersByAgeBand));
        membersBySexAndAgeBand = Map.copyOf(membersBySexAndAgeBand);
    }

    /** Figures without the cross of sex and age band (a month report stored before it was kept). */
    public StationUseFigures(long sessions, long guestSessions, long minutes, long sessionMinutes, long uniqueMembers,
            Map<Sex, Long> membersBySex, Map<AgeBand, Long> membersByAgeBand) {
        this(sessions, guestSessions, minutes, sessionMinutes, uniqueMembers, membersBySex, membersByAgeBand, Map.of());
    }

    /** Station hours: the minutes used within the month. */
    public double hours() {
        return minutes / 60.0;
    }

    /** The average length of the month's sessions in minutes, or null without sessions. */
    public Double averageSessionMinutes() {
        return sessions == 0 ? null : (double) sessionMinutes / sessions;
    }
}
