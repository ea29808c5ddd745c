package org.infoplaza.staff.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.staff.StaffService;
import org.springframework.stereotype.Component;

/**
 * Sends a staff member whose password someone else chose (the generated first administrator's, or one an
 * administrator set to be changed) to "My account" from every page they open, until they have set their
 * own. Only that page and the sign-in page are left reachable, so nothing else of the application (its
 * views, and through them its services) is within reach meanwhile.
 * <p>
 * The account is asked at each navigation until it answers "nothing to change"; the answer is then kept
 * in the session for that user, since only an administrator can set the flag again, and doing so ends the
 * person's sessions.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    /** Session attribute: the username whose password needs no change any more. */
    static final String CLEARED = PasswordChangeGuard.class.getName() + ".cleared";

    private final CurrentUser currentUser;
    private final StaffService staff;

    PasswordChangeGuard(CurrentUser currentUser, StaffService staff) {
        this.currentUser = currentUser;
        this.staff = staff;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        StaffPrincipal user = currentUser.find().orElse(null);
        if (user == null || event.getNavigationTarget() == AccountView.class
                || "login".equals(event.getLocation().getFirstSegment())) {
            return;
        }
        VaadinSession session = event.getUI().getSession();
        if (user.getUsername().equals(session.getAttribute(CLEARED))) {
            return;
        }
        if (staff.passwordChangeRequired()) {
            event.forwardTo(AccountView.class);
        } else {
            cleared(session, user.getUsername());
        }
    }

    /** The user has their own password now (or always had): stop asking in this session. */
    static void cleared(VaadinSession session, String username) {
        session.setAttribute(CLEARED, username);
    }
}
