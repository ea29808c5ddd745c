package org.infoplaza.member;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log; written once, never edited, so it has no version. */
@Entity
@Table(name = "member_audit")
class MemberAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;
    private long staffId;
    private String staffUsername;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private Instant happenedAt;

    protected MemberAuditEntry() {
    }

    MemberAuditEntry(long memberId, long staffId, String staffUsername, AuditAction action, Instant happenedAt) {
        this.memberId = memberId;
        this.staffId = staffId;
        this.staffUsername = staffUsername;
        this.action = action;
        this.happenedAt = happenedAt;
    }

    String getStaffUsername() {
        return staffUsername;
    }

    AuditAction getAction() {
        return action;
    }

    Instant getHappenedAt() {
        return happenedAt;
    }
}
