package org.infoplaza.booking;

import org.infoplaza.member.MemberRules;
import org.infoplaza.station.StationDetails;

/**
 * Who may sit at a station by its age limits: a member by their age on the day; a guest, whose age the desk
 * does not record, counts as an adult, so a station for children or teenagers (a maximum age under
 * {@value MemberRules#ADULT_AGE}) is never theirs. The booking service, the walk-in queue, the day board and
 * the public queue screen all ask here, so they never disagree.
 */
public final class StationAccess {

    private StationAccess() {
    }

    /** Whether someone of {@code age} ({@code null} for a guest) may use the station. */
    public static boolean mayUse(StationDetails station, Integer age) {
        if (age == null) {
            return forEveryAdult(station);
        }
        return (station.minAge() == null || age >= station.minAge())
                && (station.maxAge() == null || age <= station.maxAge());
    }

    /** A station with no maximum age under adulthood: a guest may use it. */
    public static boolean forEveryAdult(StationDetails station) {
        return station.maxAge() == null || station.maxAge() >= MemberRules.ADULT_AGE;
    }

    /** A station without age limits: anyone waiting may use it. */
    public static boolean forEveryone(StationDetails station) {
        return station.minAge() == null && station.maxAge() == null;
    }
}
