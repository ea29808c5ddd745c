package org.infoplaza.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of each staff member. A session carries the role and centres the person had at
 * sign-in, so when an administrator deactivates an account, changes its role or centres, or sets a new
 * password, that person's open sessions end: their next click brings them back to the login page.
 */
@Component
public class StaffSessions {

    private final SessionRegistry registry;

    StaffSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every open session of this username; returns how many there were. */
    public int endAll(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof StaffPrincipal staff && staff.getUsername().equals(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
