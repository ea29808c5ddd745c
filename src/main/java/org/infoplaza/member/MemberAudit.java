package org.infoplaza.member;

import java.time.Clock;
import java.time.LocalDate;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.StaffPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log of members' records: who (staff id and username) did what to which member (by id
 * only) and when. It joins the caller's transaction, so an entry commits with the change it describes or
 * not at all; services call it with one line. Reads are logged only for minors, whose data the law asks us
 * to guard most; search result lists (names and numbers only) are not logged at all.
 */
@Component
class MemberAudit {

    private final MemberAuditRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    MemberAudit(MemberAuditRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A read of the whole record: logged when the member is a minor today. */
    @Transactional(propagation = Propagation.MANDATORY)
    void read(Member member, AuditAction action) {
        if (MemberRules.isMinorOn(member.getDateOfBirth(), LocalDate.now(clock))) {
            write(member.getId(), action);
        }
    }

    /** A change, an export or an anonymisation: logged for every member. */
    @Transactional(propagation = Propagation.MANDATORY)
    void changed(long memberId, AuditAction action) {
        write(memberId, action);
    }

    private void write(long memberId, AuditAction action) {
        StaffPrincipal staff = currentUser.require();
        // The id comes from an identity column, so the row is inserted at once, even in a read-only
        // transaction, where Hibernate would not flush anything else.
        entries.save(new MemberAuditEntry(memberId, staff.id(), staff.getUsername(), action, clock.instant()));
    }
}
