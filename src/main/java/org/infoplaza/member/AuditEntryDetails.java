package org.infoplaza.member;

import java.time.Instant;

/** One audit log line as the audit view shows it: the member by number, never by name. */
public record AuditEntryDetails(long id, String memberNumber, long staffId, String staffUsername, AuditAction action,
        Instant happenedAt) {
}
