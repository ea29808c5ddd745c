package org.infoplaza.workshop;

import java.util.Optional;
import java.util.Set;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see and run which cohort: an administrator every cohort, an operator every cohort of the centres
 * assigned to them, a facilitator only the cohorts they run. A cohort outside the caller's reach is
 * reported as not found, like a centre outside the scope.
 */
@Component
class WorkshopAccess {

    private final CurrentUser currentUser;
    private final CohortRepository cohorts;

    WorkshopAccess(CurrentUser currentUser, CohortRepository cohorts) {
        this.currentUser = currentUser;
        this.cohorts = cohorts;
    }

    Cohort cohort(long cohortId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(NotFoundException::new);
        check(cohort);
        return cohort;
    }

    void check(Cohort cohort) {
        if (!mayReach(cohort)) {
            throw new NotFoundException();
        }
    }

    boolean mayReach(Cohort cohort) {
        StaffPrincipal me = currentUser.require();
        if (!currentUser.mayAccessCentre(cohort.getCentreId())) {
            return false;
        }
        return me.role() != Role.FACILITATOR || cohort.isRunBy(me.id());
    }

    /** The centres to list cohorts of, or empty for every centre. */
    Optional<Set<Long>> centreScope() {
        return currentUser.centreScope();
    }

    /** The facilitator whose cohorts alone are listed, or null when the caller sees all the centre's cohorts. */
    Long onlyRunBy() {
        StaffPrincipal me = currentUser.require();
        return me.role() == Role.FACILITATOR ? me.id() : null;
    }

    long me() {
        return currentUser.require().id();
    }

    boolean isFacilitator() {
        return currentUser.hasRole(Role.FACILITATOR);
    }

    boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }
}
