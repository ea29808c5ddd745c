package org.infoplaza.member;

import java.time.LocalDate;

/**
 * Filters of the audit log: an exact member number and staff username (empty for any), and a range of days
 * in Panama, both ends included (null for open).
 */
public record AuditFilter(String memberNumber, String staffUsername, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter("", "", null, null);
    }
}
