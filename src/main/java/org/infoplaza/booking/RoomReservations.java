package org.infoplaza.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.Constraints;
import org.infoplaza.shared.DomainException;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationFilter;
import org.infoplaza.station.StationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The computer room of a centre reserved for workshop sessions. The workshop module calls it inside its own
 * transaction (propagation REQUIRED), so a workshop that is not saved leaves no reservation behind.
 * <p>
 * While a reservation holds the room, {@link BookingService} refuses bookings, walk-ins, guest sessions,
 * offered sessions and extensions over it, naming the workshop, and the walk-in queue counts no station
 * free. Bookings made before are never cancelled: those still waiting for their member are flagged with the
 * reservation's label, like a closure's, and the desk keeps or cancels each
 * ({@link BookingService#conflicts}, {@link BookingService#keepDespiteConflict}). Moving a reservation
 * flags what the new time overlaps and takes its flag off what it no longer does; releasing it takes its
 * flags off. A per-centre lock keeps a booking racing a reservation from ending up unflagged inside the
 * reserved time (see {@link RoomGuard}). Administrators, operators and facilitators use it, for the centres
 * in their scope.
 */
@Service
@Transactional(readOnly = true)
public class RoomReservations {

    static final int REFERENCE_LENGTH = 100;
    static final int LABEL_LENGTH = 200;
    private static final int MAX_STATIONS = 500;

    private final RoomGuard rooms;
    private final BookingRepository bookings;
    private final StationService stations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RoomReservations(RoomGuard rooms, BookingRepository bookings, StationService stations, CurrentUser currentUser,
            Clock clock, ApplicationEventPublisher events) {
        this.rooms = rooms;
        this.bookings = bookings;
        this.stations = stations;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The centre's bookings and sessions (booked or in session) that the uses would overlap, soonest first,
     * for a preview before the workshop is saved. Nothing is changed.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public List<RoomConflict> conflicts(long centreId, Collection<RoomUse> uses) {
        currentUser.checkCentre(centreId);
        List<RoomUse> checked = validated(uses);
        List<RoomConflict> conflicts = new ArrayList<>();
        Map<Long, String> labels = null;
        for (RoomUse use : checked) {
            for (Booking booking : bookings.findOverlapping(centreId, use.start(), use.end())) {
                if (booking.getStatus() != BookingStatus.BOOKED && booking.getStatus() != BookingStatus.IN_SESSION) {
                    continue;
                }
                if (labels == null) {
                    labels = stationLabels(centreId);
                }
                conflicts.add(new RoomConflict(use.reference(), booking.getId(),
                        labels.getOrDefault(booking.getStationId(), ""), booking.getStartsAt(), booking.getEndsAt(),
                        booking.getStatus()));
            }
        }
        conflicts.sort(Comparator.comparing(RoomConflict::start).thenComparing(RoomConflict::stationLabel)
                .thenComparing(RoomConflict::reference));
        return conflicts;
    }

    /**
     * Reserves the room of the centre for each use, or moves the reservation when its reference exists
     * already, in the caller's transaction. Bookings still waiting for their member that a use overlaps are
     * flagged with its label (never cancelled); sessions running are left alone.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public void reserve(long centreId, Collection<RoomUse> uses) {
        currentUser.checkCentre(centreId);
        List<RoomUse> checked = validated(uses);
        if (checked.isEmpty()) {
            return;
        }
        // Before anything is written: the bookings in flight at the centre commit first, later ones wait.
        rooms.lock(centreId);
        Map<String, RoomGuard.Reserved> existing = rooms.byReferences(checked.stream().map(RoomUse::reference).toList())
                .stream().collect(Collectors.toMap(RoomGuard.Reserved::reference, Function.identity()));
        for (RoomGuard.Reserved other : existing.values()) {
            if (other.centreId() != centreId) {
                currentUser.checkCentre(other.centreId());
                throw new DomainException("booking.room.other-centre", other.reference());
            }
        }
        for (RoomUse use : checked) {
            RoomGuard.Reserved old = existing.get(use.reference());
            if (old == null) {
                insert(centreId, use);
                bookings.flagRoomConflicts(centreId, use.start(), use.end(), use.label(), use.reference());
            } else if (old.startsAt().equals(use.start()) && old.endsAt().equals(use.end())) {
                rooms.update(old.id(), use);
                bookings.relabelRoomConflicts(use.reference(), use.label());
            } else {
                rooms.update(old.id(), use);
                bookings.clearRoomConflicts(List.of(use.reference()));
                bookings.flagRoomConflicts(centreId, use.start(), use.end(), use.label(), use.reference());
                flagAgain(centreId, old.startsAt(), old.endsAt());
            }
        }
        events.publishEvent(new BookingsChanged(centreId));
    }

    /**
     * Drops the reservations with these references (a session cancelled, or no longer in the computer room)
     * and takes their flags off the bookings; references without a reservation are ignored.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public void release(Collection<String> references) {
        if (references == null) {
            return;
        }
        Set<String> wanted = references.stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        List<RoomGuard.Reserved> found = rooms.byReferences(wanted);
        found.forEach(reserved -> currentUser.checkCentre(reserved.centreId()));
        if (found.isEmpty()) {
            return;
        }
        found.forEach(reserved -> rooms.delete(reserved.id()));
        bookings.clearRoomConflicts(found.stream().map(RoomGuard.Reserved::reference).toList());
        Set<Long> centres = new LinkedHashSet<>();
        for (RoomGuard.Reserved reserved : found) {
            flagAgain(reserved.centreId(), reserved.startsAt(), reserved.endsAt());
            centres.add(reserved.centreId());
        }
        centres.forEach(centreId -> events.publishEvent(new BookingsChanged(centreId)));
    }

    /** The centre's reservations that touch the day, by start, for the day board. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public List<RoomUse> dayOf(long centreId, LocalDate day) {
        currentUser.checkCentre(centreId);
        return rooms.overlapping(centreId, day.atStartOfDay(), day.plusDays(1).atStartOfDay()).stream()
                .map(RoomGuard.Reserved::toUse)
                .toList();
    }

    private void insert(long centreId, RoomUse use) {
        try {
            rooms.insert(centreId, use, clock.instant());
        } catch (DataIntegrityViolationException e) {
            // The same reference was just reserved at another centre.
            if (Constraints.violated(e, "uk_room_reservation_reference")) {
                throw new DomainException("booking.room.other-centre", use.reference());
            }
            throw Constraints.unexpected();
        }
    }

    /**
     * A flag taken off the bookings of {@code from}–{@code to} leaves them unflagged although another
     * reservation of the centre may still overlap them: that one flags them now.
     */
    private void flagAgain(long centreId, LocalDateTime from, LocalDateTime to) {
        for (RoomGuard.Reserved other : rooms.overlapping(centreId, from, to)) {
            LocalDateTime start = other.startsAt().isAfter(from) ? other.startsAt() : from;
            LocalDateTime end = other.endsAt().isBefore(to) ? other.endsAt() : to;
            bookings.flagRoomConflicts(centreId, start, end, other.label(), other.reference());
        }
    }

    /** Station labels of the centre, for a facilitator too: the scope was checked, labels are not personal. */
    private Map<Long, String> stationLabels(long centreId) {
        return SystemAuthentication.call(() -> stations.page(centreId, StationFilter.none(),
                        PageRequest.of(0, MAX_STATIONS, Sort.by("label"))).getContent()).stream()
                .collect(Collectors.toMap(StationDetails::id, StationDetails::label));
    }

    /** The uses, stripped, each with a reference, a label and an end after its start, no reference twice. */
    private static List<RoomUse> validated(Collection<RoomUse> uses) {
        if (uses == null) {
            throw new DomainException("booking.room.uses.required");
        }
        List<RoomUse> checked = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (RoomUse use : uses) {
            if (use == null) {
                throw new DomainException("booking.room.uses.required");
            }
            String reference = use.reference() == null ? "" : use.reference().strip();
            String label = use.label() == null ? "" : use.label().strip();
            if (reference.isEmpty() || reference.length() > REFERENCE_LENGTH) {
                throw new DomainException("booking.room.reference.invalid", REFERENCE_LENGTH);
            }
            if (label.isEmpty() || label.length() > LABEL_LENGTH) {
                throw new DomainException("booking.room.label.invalid", LABEL_LENGTH);
            }
            if (use.start() == null || use.end() == null || !use.end().isAfter(use.start())) {
                throw new DomainException("booking.room.times.invalid");
            }
            if (!references.add(reference)) {
                throw new DomainException("booking.room.reference.twice", reference);
            }
            checked.add(new RoomUse(reference, use.start(), use.end(), label));
        }
        return checked;
    }
}
