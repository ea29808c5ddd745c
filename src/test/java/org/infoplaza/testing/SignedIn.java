package org.infoplaza.testing;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a staff member in the security context, the way a real sign-in leaves it. */
public final class SignedIn {

    private static final AtomicLong IDS = new AtomicLong(900_000);

    private SignedIn() {
    }

    public static StaffPrincipal as(Role role, Long... centreIds) {
        StaffPrincipal principal = principal(role, centreIds);
        as(principal);
        return principal;
    }

    public static void as(StaffPrincipal principal) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static StaffPrincipal principal(Role role, Long... centreIds) {
        long id = IDS.incrementAndGet();
        Set<Long> centres = Arrays.stream(centreIds).collect(Collectors.toSet());
        return new StaffPrincipal(id, role.name().toLowerCase() + id, "Test " + role, role, centres, "es", null,
                true, false);
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
