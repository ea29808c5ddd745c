package org.infoplaza.station;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.infoplaza.centre.CentreService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.Constraints;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.SearchPattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The stations of a centre. Administrators add, edit and remove them; operators of the centre take them
 * out of service and back. Every call checks that the station's centre is in the caller's scope, so an
 * operator of one centre can neither see nor change another centre's stations.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class StationService {

    private final StationRepository stations;
    private final CentreService centres;
    private final CurrentUser currentUser;
    private final Clock clock;

    StationService(StationRepository stations, CentreService centres, CurrentUser currentUser, Clock clock) {
        this.stations = stations;
        this.centres = centres;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public Page<StationDetails> page(long centreId, StationFilter filter, Pageable pageable) {
        currentUser.checkCentre(centreId);
        return stations.search(centreId, labelPattern(filter), filter.status(), pageable).map(Station::toDetails);
    }

    /** How many stations match the filter, so a grid knows its exact length. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public long count(long centreId, StationFilter filter) {
        currentUser.checkCentre(centreId);
        return stations.search(centreId, labelPattern(filter), filter.status(), Pageable.ofSize(1)).getTotalElements();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public StationDetails get(long stationId) {
        return scoped(stationId).toDetails();
    }

    @PreAuthorize("isAuthenticated()")
    public StationCounts counts(long centreId) {
        currentUser.checkCentre(centreId);
        return new StationCounts(stations.countByCentreId(centreId),
                stations.countByCentreIdAndStatus(centreId, StationStatus.IN_SERVICE));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StationDetails create(long centreId, @Valid StationData data) {
        centres.get(centreId);
        if (stations.existsByCentreIdAndLabel(centreId, Station.normaliseLabel(data.label()))) {
            throw new DomainException("station.label.taken", Station.normaliseLabel(data.label()));
        }
        Station station = new Station(centreId);
        station.update(data);
        return save(station).toDetails();
    }

    /**
     * Adds a numbered series of stations in one go (PC-01 … PC-10). All or nothing: when a label of the series
     * is already in use at the centre, the refusal names the clashing labels and no station is added.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<StationDetails> createSeries(long centreId, @Valid StationSeries series) {
        centres.get(centreId);
        List<String> labels = series.labels();
        List<String> taken = stations.findLabelsTaken(centreId, labels);
        if (!taken.isEmpty()) {
            throw new DomainException("station.series.taken", String.join(", ", labels.stream()
                    .filter(taken::contains).toList()));
        }
        List<StationDetails> created = new ArrayList<>();
        for (String label : labels) {
            Station station = new Station(centreId);
            station.update(series.station(label));
            created.add(save(station).toDetails());
        }
        return created;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StationDetails update(long stationId, @Valid StationData data) {
        Station station = scoped(stationId);
        station.checkVersion(data.version());
        station.update(data);
        return save(station).toDetails();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public StationDetails takeOutOfService(long stationId, long version, String reason) {
        Station station = scoped(stationId);
        station.checkVersion(version);
        station.takeOutOfService(reason, clock.instant());
        return save(station).toDetails();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public StationDetails returnToService(long stationId, long version) {
        Station station = scoped(stationId);
        station.checkVersion(version);
        station.returnToService();
        return save(station).toDetails();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long stationId, long version) {
        Station station = scoped(stationId);
        station.checkVersion(version);
        stations.delete(station);
        try {
            stations.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
    }

    private static String labelPattern(StationFilter filter) {
        return SearchPattern.contains(filter.label() == null ? "" : filter.label().toUpperCase(Locale.ROOT));
    }

    private Station scoped(long stationId) {
        Station station = stations.findById(stationId).orElseThrow(NotFoundException::new);
        currentUser.checkCentre(station.getCentreId());
        return station;
    }

    private Station save(Station station) {
        try {
            return stations.saveAndFlush(station);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, "uk_station_label")) {
                throw new DomainException("station.label.taken", station.getLabel());
            }
            throw Constraints.unexpected();
        }
    }
}
