package org.infoplaza.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentrePlace;
import org.infoplaza.centre.CentreService;
import org.infoplaza.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Which scope's de-duplicated counts ({@link MemberCountTables}) may stand for a set of centres together. A
 * scope counts every centre of its municipality (or of the nation), active or not, while the reports ask for
 * the active centres only: a deactivated centre that served someone in the month would add members the set
 * does not have, or change which use counts a member. So a scope stands for the set in a month only when its
 * other centres served nobody that month; otherwise the caller de-duplicates the set's member rows itself.
 */
@Component
class MemberScopes {

    private final CentreService centres;
    private final MemberCountTables counts;

    MemberScopes(CentreService centres, MemberCountTables counts) {
        this.centres = centres;
        this.counts = counts;
    }

    /**
     * The smallest scope holding all of these centres (their municipality, or the nation), with its centres
     * that are not among them; null when a centre is unknown.
     */
    Scope of(Set<Long> centreIds) {
        Map<Long, Long> municipalities = municipalities();
        if (centreIds.isEmpty() || !municipalities.keySet().containsAll(centreIds)) {
            return null;
        }
        Set<Long> theirs = centreIds.stream().map(municipalities::get).collect(Collectors.toSet());
        long scopeId = theirs.size() == 1 ? theirs.iterator().next() : MemberCountTables.NATION;
        Set<Long> others = new LinkedHashSet<>();
        municipalities.forEach((centre, municipality) -> {
            if ((scopeId == MemberCountTables.NATION || municipality == scopeId) && !centreIds.contains(centre)) {
                others.add(centre);
            }
        });
        return new Scope(scopeId, others);
    }

    /** The municipality the centre belongs to now. */
    long municipalityOf(long centreId) {
        Long municipality = municipalities().get(centreId);
        if (municipality == null) {
            throw new NotFoundException();
        }
        return municipality;
    }

    /** Every centre, active or not, and its municipality, by id. */
    Map<Long, Long> municipalities() {
        Map<Long, Long> municipalities = new LinkedHashMap<>();
        for (CentrePlace place : centres.places()) {
            municipalities.put(place.id(), place.municipalityId());
        }
        return municipalities;
    }

    /** A scope ({@link MemberCountTables#NATION} or a municipality) and its centres a report left out. */
    record Scope(long id, Set<Long> others) {
    }

    /**
     * The months from {@code fromMonth} to {@code toMonth} in which the scope does not stand for the centres
     * asked for: its other centres served someone.
     */
    Set<LocalDate> monthsNotCounted(Scope scope, LocalDate fromMonth, LocalDate toMonth) {
        return counts.monthsWithMembers(scope.others(), fromMonth, toMonth);
    }

    /** Whether the scope's counts of the month are those of the centres asked for. */
    boolean counts(Scope scope, LocalDate month) {
        return scope != null && monthsNotCounted(scope, month, month).isEmpty();
    }

    static List<Long> ids(Map<Long, Long> municipalities, long scopeId) {
        return municipalities.entrySet().stream()
                .filter(e -> scopeId == MemberCountTables.NATION || e.getValue() == scopeId).map(Map.Entry::getKey)
                .toList();
    }
}
