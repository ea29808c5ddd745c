package org.infoplaza.staff;

import java.time.Instant;
import java.util.Set;
import org.infoplaza.security.Role;

/** A staff account as the administration grid and form show it; never the password hash. */
public record StaffDetails(long id, long version, String username, String displayName, String email,
        String preferredLanguage, Role role, Set<Long> centreIds, boolean active, Instant lastLoginAt,
        boolean locked, boolean mustChangePassword) {

    public StaffData toData() {
        return new StaffData(username, displayName, email, preferredLanguage, role, centreIds, active, version);
    }
}
