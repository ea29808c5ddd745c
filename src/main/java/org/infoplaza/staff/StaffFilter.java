package org.infoplaza.staff;

import org.infoplaza.security.Role;

/** Grid filter: name or username fragment and, optionally, one role. */
public record StaffFilter(String text, Role role) {

    public static StaffFilter none() {
        return new StaffFilter("", null);
    }
}
