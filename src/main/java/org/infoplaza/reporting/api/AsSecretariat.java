package org.infoplaza.reporting.api;

import java.util.Set;
import java.util.function.Supplier;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a read of the indicators with the secretariat's rights and no more: an API token only carries the
 * {@code ROLE_API} authority, which no other service accepts, and {@link ApiIndicators} lends it the
 * secretariat's view of the centres (every centre, suppressed figures) for the length of one call. The
 * previous security context is restored afterwards.
 */
final class AsSecretariat {

    private static final StaffPrincipal READER = new StaffPrincipal(0, "api", "API", Role.SECRETARIAT, Set.of(),
            "es", null, true, false);

    private AsSecretariat() {
    }

    static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(READER, null,
                READER.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
