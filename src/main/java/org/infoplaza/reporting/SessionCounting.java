package org.infoplaza.reporting;

import org.infoplaza.booking.SessionEnded;
import org.infoplaza.member.MemberService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts each session in the rollups as it ends: synchronously, inside the check-out's (or the session-end
 * job's) transaction and as its user, so a check-out that rolls back leaves no count and one that commits
 * is counted exactly once. A handful of primary-key reads and upserts, nothing that grows with the data.
 */
@Component
class SessionCounting {

    private final RollupTables tables;
    private final MemberService members;

    SessionCounting(RollupTables tables, MemberService members) {
        this.tables = tables;
        this.members = members;
    }

    @EventListener
    void on(SessionEnded event) {
        StationUse.Session session = StationUse.Session.of(event);
        StationUse.dayShares(session).forEach(tables::add);
        StationUse.memberUse(session)
                .ifPresent(use -> tables.add(use, members.profileOf(use.memberId(), use.day())));
    }
}
