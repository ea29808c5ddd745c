package org.infoplaza.centre;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.Constraints;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.SearchPattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Centres, their timetables, closures and rules. Administrators change them; every signed-in staff member
 * may read the centres in their scope (all of them for administrators and the secretariat).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CentreService {

    private static final Set<Long> NO_IDS = Set.of(-1L);

    private final CentreRepository centres;
    private final MunicipalityRepository municipalities;
    private final ClosureRepository closures;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CentreService(CentreRepository centres, MunicipalityRepository municipalities, ClosureRepository closures,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.centres = centres;
        this.municipalities = municipalities;
        this.closures = closures;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public Page<CentreSummary> page(CentreFilter filter, Pageable pageable) {
        Set<Long> scope = currentUser.centreScope().orElse(null);
        return centres.search(SearchPattern.contains(lowerCase(filter.text())), filter.includeInactive(), scope == null,
                scope == null || scope.isEmpty() ? NO_IDS : scope, pageable).map(Centre::toSummary);
    }

    @PreAuthorize("isAuthenticated()")
    public CentreDetails get(long centreId) {
        currentUser.checkCentre(centreId);
        return centres.findWithHoursById(centreId).map(Centre::toDetails).orElseThrow(NotFoundException::new);
    }

    /** The active centres the signed-in user works at, for the centre selector. */
    @PreAuthorize("isAuthenticated()")
    public List<CentreOption> accessibleCentres() {
        Set<Long> scope = currentUser.centreScope().orElse(null);
        return centres.findActive(scope == null, scope == null || scope.isEmpty() ? NO_IDS : scope).stream()
                .map(c -> new CentreOption(c.getId(), c.getCode(), c.getName()))
                .toList();
    }

    /**
     * The details of the active centres the signed-in user works at, in one query, for reports that need
     * each centre's municipality and opening hours (instead of {@link #get} per centre).
     */
    @PreAuthorize("isAuthenticated()")
    public List<CentreDetails> accessibleCentreDetails() {
        Set<Long> scope = currentUser.centreScope().orElse(null);
        return centres.findActiveWithHours(scope == null, scope == null || scope.isEmpty() ? NO_IDS : scope).stream()
                .map(Centre::toDetails).toList();
    }

    /**
     * Every centre, active or not, with its municipality, whatever the user's centre scope: ids only, for
     * grouping counts by municipality (a closed centre's past still belongs to its municipality).
     */
    @PreAuthorize("isAuthenticated()")
    public List<CentrePlace> places() {
        return centres.findPlaces();
    }

    @PreAuthorize("isAuthenticated()")
    public List<MunicipalityOption> municipalities() {
        return municipalities.findAllSorted().stream()
                .map(m -> new MunicipalityOption(m.getId(), m.getName(), m.getProvince().getName()))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CentreDetails create(@Valid CentreData data) {
        String code = data.code().strip().toUpperCase(Locale.ROOT);
        if (centres.existsByCode(code)) {
            throw new DomainException("centre.code.taken", code);
        }
        Centre centre = new Centre(code);
        centre.update(data, municipality(data.municipalityId()));
        centre.openOnIfUnset(LocalDate.now(clock));
        return save(centre).toDetails();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CentreDetails update(long centreId, @Valid CentreData data) {
        Centre centre = centres.findWithHoursById(centreId).orElseThrow(NotFoundException::new);
        centre.checkVersion(data.version());
        centre.update(data, municipality(data.municipalityId()));
        return save(centre).toDetails();
    }

    /** Deactivating hides a centre from selectors and new work but keeps its history for reports. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CentreDetails setActive(long centreId, long version, boolean active) {
        Centre centre = centres.findWithHoursById(centreId).orElseThrow(NotFoundException::new);
        centre.checkVersion(version);
        centre.setActive(active);
        return save(centre).toDetails();
    }

    /** Closures that end today or later, soonest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ClosureDetails> upcomingClosures(long centreId) {
        currentUser.checkCentre(centreId);
        return closures.findUpcoming(centreId, LocalDate.now(clock)).stream().map(Closure::toDetails).toList();
    }

    /** Closures that touch the days {@code from} to {@code to}, past ones included, soonest first (for reports). */
    @PreAuthorize("isAuthenticated()")
    public List<ClosureDetails> closures(long centreId, LocalDate from, LocalDate to) {
        currentUser.checkCentre(centreId);
        return closures.findOverlapping(centreId, from, to).stream().map(Closure::toDetails).toList();
    }

    /** Publishes {@link ClosureAdded}, so bookings on those days are flagged for the operator. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ClosureDetails addClosure(long centreId, @Valid ClosureData data) {
        if (!centres.existsById(centreId)) {
            throw new NotFoundException();
        }
        ClosureDetails closure = closures.save(new Closure(centreId, data)).toDetails();
        events.publishEvent(new ClosureAdded(centreId, closure.firstDay(), closure.lastDay(), closure.reason()));
        return closure;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void removeClosure(long centreId, long closureId) {
        Closure closure = closures.findById(closureId)
                .filter(c -> c.getCentreId() == centreId)
                .orElseThrow(NotFoundException::new);
        closures.delete(closure);
    }

    /** Whether the centre is open at this moment: inside a timetable period and not on a closure day. */
    @PreAuthorize("isAuthenticated()")
    public boolean isOpenNow(long centreId) {
        CentreDetails centre = get(centreId);
        LocalDate today = LocalDate.now(clock);
        boolean closedToday = closures.findUpcoming(centreId, today).stream()
                .map(Closure::toDetails)
                .anyMatch(closure -> closure.covers(today));
        return !closedToday && centre.isOpenAt(today.getDayOfWeek(), LocalTime.now(clock));
    }

    private Municipality municipality(long id) {
        return municipalities.findById(id).orElseThrow(() -> new DomainException("centre.municipality.required"));
    }

    private Centre save(Centre centre) {
        try {
            return centres.saveAndFlush(centre);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, "uk_centre_code")) {
                throw new DomainException("centre.code.taken", centre.getCode());
            }
            throw Constraints.unexpected();
        }
    }

    private static String lowerCase(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
