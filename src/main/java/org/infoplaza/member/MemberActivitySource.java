package org.infoplaza.member;

import java.util.List;

/**
 * What other features (station sessions and bookings, workshop sessions) report of a member's use of the
 * centres, for the member page's history. The member module must not depend on them, so they implement
 * this as Spring beans and the page asks every one it finds. Implementations are secured like services
 * and return only what happened at centres in the caller's scope, newest first.
 */
public interface MemberActivitySource {

    /** Up to {@code limit} of the member's activities, newest first. */
    List<MemberActivity> activityOf(long memberId, int limit);
}
