package org.infoplaza.reporting;

import org.infoplaza.booking.SessionEnded;
import org.infoplaza.member.MemberProfile;
import org.infoplaza.member.MemberService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts each session in the rollups as it ends: synchronously, inside the check-out's (or the session-end
 * job's) transaction and as its user, so a check-out that rolls back leaves no count and one that commits
 * is counted exactly once. A handful of primary-key reads and upserts, nothing that grows with the data; a
 * member's first use of the month at a centre adds the member counts' few statements
 * ({@link MemberCountTables}).
 */
@Component
class SessionCounting {

    private final RollupTables tables;
    private final MemberCountTables counts;
    private final MemberScopes scopes;
    private final MemberService members;

    SessionCounting(RollupTables tables, MemberCountTables counts, MemberScopes scopes, MemberService members) {
        this.tables = tables;
        this.counts = counts;
        this.scopes = scopes;
        this.members = members;
    }

    @EventListener
    void on(SessionEnded event) {
        StationUse.Session session = StationUse.Session.of(event);
        StationUse.dayShares(session).forEach(tables::add);
        StationUse.memberUse(session).ifPresent(use -> {
            MemberProfile profile = members.profileOf(use.memberId(), use.day());
            // Only a new member row, or one moved to an earlier day, changes the member counts.
            tables.add(use, profile).ifPresent(change -> counts.counted(use, profile, change,
                    scopes.municipalityOf(use.centreId())));
        });
    }
}
