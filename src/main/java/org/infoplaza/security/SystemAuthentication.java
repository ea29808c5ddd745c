package org.infoplaza.security;

import com.vaadin.flow.internal.CurrentInstance;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started (demo data, scheduled jobs) through the same secured services, as an
 * administrator named "system". The previous security context is restored afterwards.
 *
 * <p>Inside a Vaadin request (a listener that runs in a desk's transaction, a public page) the Vaadin-aware
 * context holder answers with the signed-in person's context kept in the HTTP session, whatever was set on
 * the thread. So the request's current Vaadin instances (session, UI) are set aside while the work runs and
 * put back afterwards: work done as the system needs no screen.
 */
public final class SystemAuthentication {

    private static final StaffPrincipal SYSTEM = new StaffPrincipal(0, "system", "System", Role.ADMIN, Set.of(),
            "es", null, true, false);

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        Map<Class<?>, CurrentInstance> vaadin = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            CurrentInstance.restoreInstances(vaadin);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
