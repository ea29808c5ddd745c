package org.infoplaza.staff;

import java.util.Set;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.Fixtures;

/** Staff accounts for integration tests, created through the real service with usernames no other test uses. */
final class StaffTestData {

    static final String PASSWORD = "correct-horse-battery";

    private StaffTestData() {
    }

    static StaffData operator(long centreId) {
        String username = Fixtures.unique("op");
        return new StaffData(username, "Olga " + username, null, "es", Role.OPERATOR, Set.of(centreId), true, 0);
    }

    static StaffDetails create(StaffService staff, StaffData data) {
        return SystemAuthentication.call(() -> staff.create(data, PASSWORD));
    }

    /** The principal a real sign-in of this account would leave in the security context. */
    static StaffPrincipal principalOf(StaffDetails account) {
        return new StaffPrincipal(account.id(), account.username(), account.displayName(), account.role(),
                account.centreIds(), account.preferredLanguage(), null, account.active(), account.locked());
    }
}
