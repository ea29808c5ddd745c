package org.infoplaza.security;

import java.util.Optional;
import java.util.Set;
import org.infoplaza.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in staff member and the centre scope rule. An administrator or the secretariat sees every
 * centre; an operator or facilitator only the centres assigned to them. A centre outside the scope is
 * reported as not found, so its existence does not leak either.
 */
@Component
public class CurrentUser {

    public Optional<StaffPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public StaffPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public boolean hasRole(Role role) {
        return find().map(p -> p.role() == role).orElse(false);
    }

    public boolean seesAllCentres() {
        return find().map(p -> p.role().seesAllCentres()).orElse(false);
    }

    public boolean mayAccessCentre(long centreId) {
        return find().map(p -> p.role().seesAllCentres() || p.centreIds().contains(centreId)).orElse(false);
    }

    /** Throws {@link NotFoundException} unless the current user's scope includes the centre. */
    public void checkCentre(long centreId) {
        if (!mayAccessCentre(centreId)) {
            throw new NotFoundException();
        }
    }

    /** The centre ids to filter queries by, or empty when the user sees every centre. */
    public Optional<Set<Long>> centreScope() {
        StaffPrincipal principal = require();
        return principal.role().seesAllCentres() ? Optional.empty() : Optional.of(principal.centreIds());
    }
}
