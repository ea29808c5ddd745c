package org.infoplaza.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.member.Activity;
import org.infoplaza.member.MemberRules;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationFilter;
import org.infoplaza.station.StationService;
import org.infoplaza.station.StationStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Station scheduling at the front desk: bookings ahead, walk-ins and guest sessions now, check-in (which
 * turns a booking into a session), extension and check-out. Every refusal names the rule that refused,
 * and nothing is saved. The centre's rules (opening hours and closures, session length, daily minutes,
 * booking horizon) and the station's age limits are checked here; that no station and no member is ever
 * booked twice for the same time is left to the database: each booking claims its 5-minute slots in
 * {@code booking_slot} and {@code member_slot}, whose primary keys let only one of two racing
 * transactions win (see {@link Slots}). Only administrators and the centre's operators may use it, and
 * only for centres in their scope.
 */
@Service
@Transactional(readOnly = true)
public class BookingService {

    /** How long before its start a member may check in to a booking. */
    static final int EARLY_CHECK_IN_MINUTES = 15;

    private static final Set<BookingStatus> HOLDING_TIME =
            EnumSet.of(BookingStatus.BOOKED, BookingStatus.IN_SESSION, BookingStatus.COMPLETED);
    private static final int MAX_STATIONS = 500;

    private final BookingRepository bookings;
    private final Slots slots;
    private final CentreService centres;
    private final StationService stations;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final WalkInTicketRepository queueTickets;
    private final BookingNotices notices;
    private final RoomGuard rooms;

    BookingService(BookingRepository bookings, Slots slots, CentreService centres, StationService stations,
            MemberService members, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events,
            WalkInTicketRepository queueTickets, BookingNotices notices, RoomGuard rooms) {
        this.bookings = bookings;
        this.slots = slots;
        this.centres = centres;
        this.stations = stations;
        this.members = members;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.queueTickets = queueTickets;
        this.notices = notices;
        this.rooms = rooms;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public BookingDetails book(BookingRequest request) {
        currentUser.checkCentre(request.centreId());
        CentreDetails centre = active(centres.get(request.centreId()));
        CentreRules rules = centre.rules();
        LocalDateTime now = now();
        LocalDateTime start = request.start();
        int duration = request.durationMinutes();
        if (start == null) {
            throw new DomainException("booking.start.required");
        }
        if (start.isBefore(now)) {
            throw new DomainException("booking.start.past");
        }
        if (!start.equals(Slots.slotOf(start))) {
            throw new DomainException("booking.start.not-on-slot", Slots.MINUTES);
        }
        checkDuration(duration, rules);
        if (start.toLocalDate().isAfter(now.toLocalDate().plusDays(rules.bookingHorizonDays()))) {
            throw new DomainException("booking.horizon", rules.bookingHorizonDays());
        }
        LocalDateTime end = start.plusMinutes(duration);
        checkOpen(centre, start, end);
        checkRoomFree(centre.id(), start, end);
        LocalDate day = start.toLocalDate();
        int age = checkMayUseStations(request.memberId(), day);
        checkDailyMinutes(rules, request.memberId(), day, duration, null);
        StationDetails station = request.stationId() == null
                ? anyFreeStation(request.centreId(), age, start, end)
                : checkStation(request.stationId(), request.centreId(), age, start, end);
        if (slots.memberBusy(request.memberId(), start, end)) {
            throw new DomainException("booking.member.taken");
        }
        slots.lockOwners(station.id(), request.memberId());
        Booking booking = save(Booking.booked(request.centreId(), station.id(), request.memberId(), start, end,
                clock.instant(), currentUser.require().id()));
        slots.claim(booking.getId(), station.id(), request.memberId(), Slots.between(start, end));
        events.publishEvent(new BookingsChanged(booking.getCentreId()));
        notices.confirmed(booking.toDetails());
        return booking.toDetails();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public BookingDetails get(long bookingId) {
        return scoped(bookingId).toDetails();
    }

    /** Frees the booking's time at once; only a booking not yet checked in can be cancelled. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public BookingDetails cancel(long bookingId, long version) {
        Booking booking = scoped(bookingId);
        booking.checkVersion(version);
        booking.cancel();
        save(booking);
        slots.release(booking.getId(), null);
        events.publishEvent(new BookingCancelled(booking.getId(), booking.getCentreId(), booking.getStationId(),
                booking.getMemberId(), booking.getStartsAt()));
        events.publishEvent(new BookingsChanged(booking.getCentreId()));
        return booking.toDetails();
    }

    /**
     * Releases the centre's bookings whose member has not checked in within the grace period, so their
     * time is free for walk-ins; for the desk now and for a job later. Returns the released bookings.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<BookingDetails> releaseNoShows(long centreId) {
        currentUser.checkCentre(centreId);
        int grace = centres.get(centreId).rules().noShowGraceMinutes();
        LocalDateTime now = now();
        List<BookingDetails> released = bookings.findWaitingSince(centreId, now.minusMinutes(grace)).stream()
                .map(booking -> {
                    booking.releaseAsNoShow();
                    save(booking);
                    slots.release(booking.getId(), null);
                    events.publishEvent(new NoShowReleased(booking.getId(), booking.getCentreId(),
                            booking.getStationId(), booking.getMemberId(), booking.getStartsAt()));
                    return booking.toDetails();
                })
                .toList();
        if (!released.isEmpty()) {
            events.publishEvent(new BookingsChanged(centreId));
        }
        return released;
    }

    /**
     * The member has arrived: the booking becomes a session, with the purpose of the visit. Refused, with
     * the reason, for a booking cancelled, released as a no-show, already completed or in session, too
     * early (more than {@value #EARLY_CHECK_IN_MINUTES} minutes before its start) or too late (after the
     * centre's grace period); and when the station went out of service or a minor's consent lapsed since.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public BookingDetails checkIn(long bookingId, VisitPurpose purpose) {
        checkPurpose(purpose);
        Booking booking = scoped(bookingId);
        CentreRules rules = centres.get(booking.getCentreId()).rules();
        LocalDateTime now = now();
        booking.checkIn(now, purpose, EARLY_CHECK_IN_MINUTES, rules.noShowGraceMinutes());
        StationDetails station = stations.get(booking.getStationId());
        if (!station.inService()) {
            throw new DomainException("booking.station.out-of-service", station.label());
        }
        checkMayUseStations(booking.getMemberId(), now.toLocalDate());
        members.recordActivity(booking.getMemberId(), now.toLocalDate());
        BookingDetails checkedIn = save(booking).toDetails();
        events.publishEvent(new BookingCheckedIn(booking.getId(), booking.getCentreId(), booking.getStationId(),
                booking.getMemberId(), booking.getStartsAt(), now));
        events.publishEvent(new BookingsChanged(booking.getCentreId()));
        return checkedIn;
    }

    /** Ends the session now; the slots after the current one are free for others at once. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public BookingDetails checkOut(long bookingId) {
        Booking booking = scoped(bookingId);
        LocalDateTime now = now();
        LocalDateTime startedAt = booking.getStartsAt();
        booking.checkOut(now);
        save(booking);
        slots.release(booking.getId(), Slots.slotOf(now).plusMinutes(Slots.MINUTES));
        events.publishEvent(new SessionEnded(booking.getId(), booking.getCentreId(), booking.getStationId(),
                booking.getMemberId(), booking.getKind(), booking.getPurpose(), startedAt, booking.getEndsAt()));
        events.publishEvent(new BookingsChanged(booking.getCentreId()));
        return booking.toDetails();
    }

    /**
     * Adds minutes to a booking or session when the station's and the member's following slots are free and
     * the centre's rules still hold (session length, same opening period, daily minutes).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public BookingDetails extend(long bookingId, int minutes) {
        Booking booking = scoped(bookingId);
        if (minutes <= 0 || minutes % Slots.MINUTES != 0) {
            throw new DomainException("booking.duration.invalid", Slots.MINUTES);
        }
        CentreDetails centre = centres.get(booking.getCentreId());
        LocalDateTime oldEnd = booking.getEndsAt();
        LocalDateTime newEnd = oldEnd.plusMinutes(minutes);
        booking.extendTo(newEnd);
        // Before the changed booking is flushed: with its row written, waiting for a reservation could deadlock.
        checkRoomFree(booking.getCentreId(), oldEnd, newEnd);
        long total = Duration.between(booking.getStartsAt(), newEnd).toMinutes();
        if (total > centre.rules().maxSessionMinutes()) {
            throw new DomainException("booking.duration.too-long", centre.rules().maxSessionMinutes());
        }
        checkOpen(centre, booking.getStartsAt(), newEnd);
        if (booking.getMemberId() != null) {
            checkDailyMinutes(centre.rules(), booking.getMemberId(), booking.getStartsAt().toLocalDate(), total,
                    booking.getId());
        }
        slots.lockOwners(booking.getStationId(), booking.getMemberId());
        save(booking);
        List<LocalDateTime> added = Slots.between(booking.getStartsAt(), newEnd);
        added.removeAll(Slots.between(booking.getStartsAt(), oldEnd));
        slots.claim(booking.getId(), booking.getStationId(), booking.getMemberId(), added);
        events.publishEvent(new BookingsChanged(booking.getCentreId()));
        return booking.toDetails();
    }

    /**
     * A member arrives without a booking: the station that is free now for the longest time (up to the
     * session limit, the member's remaining daily minutes, closing time and the next booking on it, or the
     * member's own next booking) becomes theirs at once. When none is free the desk is told so.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public BookingDetails startWalkIn(long memberId, long centreId, VisitPurpose purpose) {
        checkPurpose(purpose);
        currentUser.checkCentre(centreId);
        CentreDetails centre = active(centres.get(centreId));
        LocalDateTime now = now();
        OpeningPeriod period = currentPeriod(centre, now);
        int age = checkMayUseStations(memberId, now.toLocalDate());
        long remaining = centre.rules().dailyMinutesPerMember() - minutesUsed(memberId, now.toLocalDate(), null);
        if (remaining < Slots.MINUTES) {
            throw new DomainException("booking.daily-limit", centre.rules().dailyMinutesPerMember(), Math.max(0, remaining));
        }
        if (slots.memberBusy(memberId, now, now.plusMinutes(1))) {
            throw new DomainException("booking.member.taken");
        }
        LocalDateTime limit = min(now.plusMinutes(centre.rules().maxSessionMinutes()), now.plusMinutes(remaining),
                now.toLocalDate().atTime(period.closesAt()));
        limit = slots.nextForMember(memberId, now, limit).map(next -> next.isAfter(now) ? next : now).orElse(limit);
        LocalDateTime until = roomFreeUntil(centreId, now, limit);
        List<Long> heldForQueue = queueTickets.findHeldStations(centreId, now);
        Optional<FreeStation> best = inService(centreId).stream()
                .filter(station -> fitsAge(station, age))
                .filter(station -> !heldForQueue.contains(station.id()))
                .map(station -> freeFrom(station, now, until))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(FreeStation::until));
        FreeStation free = best.orElseThrow(() -> new DomainException("booking.no-station-free"));
        return startSession(BookingKind.WALK_IN, centreId, free, memberId, now, purpose);
    }

    /**
     * An unregistered visitor uses a station now; no personal data is recorded, only that a guest came. A guest
     * counts as an adult: a station for children or teenagers is refused (see {@link StationAccess}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public BookingDetails startGuestSession(long centreId, long stationId, VisitPurpose purpose) {
        checkPurpose(purpose);
        currentUser.checkCentre(centreId);
        CentreDetails centre = active(centres.get(centreId));
        LocalDateTime now = now();
        OpeningPeriod period = currentPeriod(centre, now);
        StationDetails station = forGuest(stationOfCentre(stationId, centreId));
        LocalDateTime limit = roomFreeUntil(centreId, now, min(now.plusMinutes(centre.rules().maxSessionMinutes()),
                now.toLocalDate().atTime(period.closesAt())));
        FreeStation free = freeFrom(station, now, limit)
                .orElseThrow(() -> new DomainException("booking.station.taken"));
        return startSession(BookingKind.GUEST, centreId, free, null, now, purpose);
    }

    /**
     * A queued visitor takes the station the walk-in queue offered them: a walk-in session on that station
     * (a guest session for a guest's ticket), under the same rules as any walk-in: opening hours, session
     * length, the member's remaining daily minutes and consent, the station's age limits and what is booked
     * next on it. A session checked out on the station moments ago still holds the current 5-minute slot;
     * then the new session starts at the next mark, a few minutes the visitor gets on top.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public BookingDetails startOfferedSession(Long memberId, long centreId, long stationId, VisitPurpose purpose) {
        checkPurpose(purpose);
        currentUser.checkCentre(centreId);
        CentreDetails centre = active(centres.get(centreId));
        LocalDateTime now = now();
        OpeningPeriod period = currentPeriod(centre, now);
        StationDetails station = stationOfCentre(stationId, centreId);
        LocalDateTime start = slots.stationBusy(stationId, now, now.plusMinutes(1))
                ? Slots.slotOf(now).plusMinutes(Slots.MINUTES)
                : now;
        LocalDateTime limit = roomFreeUntil(centreId, start, min(start.plusMinutes(centre.rules().maxSessionMinutes()),
                now.toLocalDate().atTime(period.closesAt())));
        if (memberId == null) {
            forGuest(station);
        } else {
            int age = checkMayUseStations(memberId, now.toLocalDate());
            if (station.minAge() != null && age < station.minAge()) {
                throw new DomainException("booking.station.too-young", station.label(), station.minAge());
            }
            if (station.maxAge() != null && age > station.maxAge()) {
                throw new DomainException("booking.station.too-old", station.label(), station.maxAge());
            }
            long remaining = centre.rules().dailyMinutesPerMember() - minutesUsed(memberId, now.toLocalDate(), null);
            if (remaining < Slots.MINUTES) {
                throw new DomainException("booking.daily-limit", centre.rules().dailyMinutesPerMember(),
                        Math.max(0, remaining));
            }
            if (slots.memberBusy(memberId, start, start.plusMinutes(1))) {
                throw new DomainException("booking.member.taken");
            }
            LocalDateTime byMinutes = min(limit, start.plusMinutes(remaining));
            limit = slots.nextForMember(memberId, start, byMinutes).map(next -> next.isAfter(start) ? next : start)
                    .orElse(byMinutes);
        }
        FreeStation free = freeFrom(station, start, limit).orElseThrow(() -> new DomainException("booking.station.taken"));
        return startSession(memberId == null ? BookingKind.GUEST : BookingKind.WALK_IN, centreId, free, memberId, start,
                purpose);
    }

    /**
     * Which of the {@code candidates} (minutes) {@link #extend} would accept now for this booking or session,
     * checked by the same rules without writing anything; when none, the rule refusing the shortest.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public Extensions extensions(long bookingId, List<Integer> candidates) {
        Booking booking = scoped(bookingId);
        CentreDetails centre = centres.get(booking.getCentreId());
        List<Integer> allowed = new ArrayList<>();
        DomainException shortestRefused = null;
        for (int minutes : candidates.stream().sorted().toList()) {
            try {
                checkExtension(booking, centre, minutes);
                allowed.add(minutes);
            } catch (DomainException refusal) {
                shortestRefused = shortestRefused == null ? refusal : shortestRefused;
            }
        }
        return allowed.isEmpty() && shortestRefused != null
                ? new Extensions(allowed, shortestRefused.messageKey(), List.of(shortestRefused.arguments()))
                : new Extensions(allowed, null, List.of());
    }

    /** {@link #extend}'s rules as a read: nothing is locked or written. */
    private void checkExtension(Booking booking, CentreDetails centre, int minutes) {
        if (booking.getStatus() != BookingStatus.BOOKED && booking.getStatus() != BookingStatus.IN_SESSION) {
            throw new DomainException("booking.extend.not-active");
        }
        LocalDateTime oldEnd = booking.getEndsAt();
        LocalDateTime newEnd = oldEnd.plusMinutes(minutes);
        long total = Duration.between(booking.getStartsAt(), newEnd).toMinutes();
        if (total > centre.rules().maxSessionMinutes()) {
            throw new DomainException("booking.duration.too-long", centre.rules().maxSessionMinutes());
        }
        checkOpen(centre, booking.getStartsAt(), newEnd);
        Optional<RoomGuard.Reserved> room = rooms.overlapping(booking.getCentreId(), oldEnd, newEnd).stream().findFirst();
        if (room.isPresent()) {
            throw room.get().refusal();
        }
        if (slots.stationBusy(booking.getStationId(), oldEnd, newEnd)) {
            throw new DomainException("booking.station.taken");
        }
        if (booking.getMemberId() != null) {
            checkDailyMinutes(centre.rules(), booking.getMemberId(), booking.getStartsAt().toLocalDate(), total,
                    booking.getId());
            if (slots.memberBusy(booking.getMemberId(), oldEnd, newEnd)) {
                throw new DomainException("booking.member.taken");
            }
        }
    }

    /**
     * The centre's stations a guest may take now (in service, for adults, not held for the walk-in queue, and
     * free for at least one slot): those without age limits first (the others are kept for their ages), each
     * group the one free for longest first; empty while a workshop holds the room.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<StationDetails> freeForGuests(long centreId) {
        currentUser.checkCentre(centreId);
        LocalDateTime now = now();
        CentreDetails centre = centres.get(centreId);
        LocalDateTime limit = now.plusMinutes(centre.rules().maxSessionMinutes());
        if (rooms.overlapping(centreId, now, now.plusMinutes(Slots.MINUTES)).stream().findAny().isPresent()) {
            return List.of();
        }
        List<Long> heldForQueue = queueTickets.findHeldStations(centreId, now);
        return inService(centreId).stream()
                .filter(StationAccess::forEveryAdult)
                .filter(station -> !heldForQueue.contains(station.id()))
                .map(station -> freeFrom(station, now, limit))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((FreeStation free) -> !StationAccess.forEveryone(free.station()))
                        .thenComparing(FreeStation::until, Comparator.reverseOrder()))
                .map(FreeStation::station)
                .toList();
    }

    /**
     * Ends the centre's sessions whose time is up, and every session once the centre is closed (after the
     * end of its opening period, or on a closure day), as a check-out at that moment would: the station is
     * free from the next 5-minute mark and {@link SessionEnded} is published. For a job every minute and
     * for the desk. Returns the ended sessions.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<BookingDetails> endDueSessions(long centreId) {
        currentUser.checkCentre(centreId);
        CentreDetails centre = centres.get(centreId);
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        boolean closed = !centre.isOpenAt(today.getDayOfWeek(), now.toLocalTime())
                || centres.upcomingClosures(centreId).stream().anyMatch(closure -> closure.covers(today));
        return bookings.findInSession(centreId).stream()
                .filter(booking -> closed || !booking.getEndsAt().isAfter(now))
                .map(booking -> {
                    LocalDateTime startedAt = booking.getStartsAt();
                    booking.checkOut(now);
                    save(booking);
                    slots.release(booking.getId(), Slots.slotOf(now).plusMinutes(Slots.MINUTES));
                    events.publishEvent(new SessionEnded(booking.getId(), booking.getCentreId(), booking.getStationId(),
                            booking.getMemberId(), booking.getKind(), booking.getPurpose(), startedAt,
                            booking.getEndsAt()));
                    return booking.toDetails();
                })
                .toList();
    }

    /** Every booking and session that touches the day at the centre, by station and time, for the day board. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<BookingDetails> dayOf(long centreId, LocalDate date) {
        currentUser.checkCentre(centreId);
        return bookings.findOverlapping(centreId, date.atStartOfDay(), date.plusDays(1).atStartOfDay()).stream()
                .map(Booking::toDetails)
                .toList();
    }

    /**
     * The centre's completed sessions that started on the days {@code from} to {@code to} (inclusive), in
     * the order they started, for recomputing the reports from the raw data. A session lasts less than a day
     * (the centre's session limit), so one that crosses into {@code from} started the day before.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CompletedSession> completedSessions(long centreId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        return bookings.findCompletedStarting(centreId, from.atStartOfDay(), to.plusDays(1).atStartOfDay()).stream()
                .map(b -> new CompletedSession(b.getId(), b.getCentreId(), b.getStationId(), b.getMemberId(),
                        b.getKind(), b.getPurpose(), b.getStartsAt(), b.getEndsAt()))
                .toList();
    }

    /**
     * The centre's bookings that a closure added later conflicts with, still booked and not yet over, soonest
     * first: the operator cancels each or keeps it. The day board can list them (or mark
     * {@link BookingDetails#conflicted()} items of {@link #dayOf}).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<BookingDetails> conflicts(long centreId) {
        currentUser.checkCentre(centreId);
        return bookings.findConflicted(centreId, now()).stream().map(Booking::toDetails).toList();
    }

    /** The operator keeps a flagged booking although a closure conflicts with it: the flag is cleared. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public BookingDetails keepDespiteConflict(long bookingId, long version) {
        Booking booking = scoped(bookingId);
        booking.checkVersion(version);
        booking.keepDespiteConflict();
        BookingDetails kept = save(booking).toDetails();
        events.publishEvent(new BookingsChanged(booking.getCentreId()));
        return kept;
    }

    private record FreeStation(StationDetails station, LocalDateTime until) {
    }

    private BookingDetails startSession(BookingKind kind, long centreId, FreeStation free, Long memberId,
            LocalDateTime now, VisitPurpose purpose) {
        slots.lockOwners(free.station().id(), memberId);
        Booking booking = save(Booking.session(kind, centreId, free.station().id(), memberId, now, free.until(), purpose,
                clock.instant(), currentUser.require().id()));
        slots.claim(booking.getId(), free.station().id(), memberId, Slots.between(now, free.until()));
        if (memberId != null) {
            members.recordActivity(memberId, now.toLocalDate());
        }
        events.publishEvent(new BookingsChanged(centreId));
        return booking.toDetails();
    }

    /** The station from now until its next held slot (or the limit), if that is at least one slot long. */
    private Optional<FreeStation> freeFrom(StationDetails station, LocalDateTime now, LocalDateTime limit) {
        LocalDateTime until = slots.nextOnStation(station.id(), now, limit)
                .map(next -> next.isAfter(now) ? next : now)
                .orElse(limit);
        return Duration.between(now, until).toMinutes() >= Slots.MINUTES
                ? Optional.of(new FreeStation(station, until))
                : Optional.empty();
    }

    /** A deactivated centre keeps its history but takes no new bookings or sessions. */
    private static CentreDetails active(CentreDetails centre) {
        if (!centre.active()) {
            throw new DomainException("booking.centre.inactive");
        }
        return centre;
    }

    private static void checkPurpose(VisitPurpose purpose) {
        if (purpose == null) {
            throw new DomainException("booking.purpose.required");
        }
    }

    private static void checkDuration(long duration, CentreRules rules) {
        if (duration <= 0 || duration % Slots.MINUTES != 0) {
            throw new DomainException("booking.duration.invalid", Slots.MINUTES);
        }
        if (duration > rules.maxSessionMinutes()) {
            throw new DomainException("booking.duration.too-long", rules.maxSessionMinutes());
        }
    }

    /** Not on a closure day, and from start to end inside one opening period of that day. */
    private void checkOpen(CentreDetails centre, LocalDateTime start, LocalDateTime end) {
        LocalDate day = start.toLocalDate();
        if (centres.upcomingClosures(centre.id()).stream().anyMatch(closure -> closure.covers(day))) {
            throw new DomainException("booking.closed-day");
        }
        boolean inside = end.toLocalDate().equals(day) && centre.hoursOn(day.getDayOfWeek()).stream()
                .anyMatch(p -> !start.toLocalTime().isBefore(p.opensAt()) && !end.toLocalTime().isAfter(p.closesAt()));
        if (!inside) {
            throw new DomainException("booking.outside-hours");
        }
    }

    /**
     * Refuses, naming the workshop, when a room reservation holds any of this time at the centre. It takes
     * the centre's room guard in shared mode first (see {@link RoomGuard}), so it must come before the
     * method writes anything.
     */
    private void checkRoomFree(long centreId, LocalDateTime start, LocalDateTime end) {
        Optional<RoomGuard.Reserved> reserved = rooms.firstOverlapping(centreId, start, end);
        if (reserved.isPresent()) {
            throw reserved.get().refusal();
        }
    }

    /**
     * Until when a session from {@code start} may last (at most {@code limit}) before a room reservation
     * begins; refused, naming the workshop, when one holds the room within the session's first slot. Like
     * {@link #checkRoomFree}, before anything is written.
     */
    private LocalDateTime roomFreeUntil(long centreId, LocalDateTime start, LocalDateTime limit) {
        Optional<RoomGuard.Reserved> next = rooms.firstOverlapping(centreId, start, limit);
        if (next.isEmpty()) {
            return limit;
        }
        if (next.get().startsAt().isBefore(start.plusMinutes(Slots.MINUTES))) {
            throw next.get().refusal();
        }
        return next.get().startsAt();
    }

    /** The opening period the centre is in right now, refusing on a closure day or outside the hours. */
    private OpeningPeriod currentPeriod(CentreDetails centre, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        if (centres.upcomingClosures(centre.id()).stream().anyMatch(closure -> closure.covers(today))) {
            throw new DomainException("booking.closed-day");
        }
        return centre.hoursOn(today.getDayOfWeek()).stream()
                .filter(p -> p.contains(today.getDayOfWeek(), now.toLocalTime()))
                .findFirst()
                .orElseThrow(() -> new DomainException("booking.outside-hours"));
    }

    /**
     * The member module decides who may use a station (a minor's guardian consents, an adult's own); its
     * refusal names what is missing and how to fix it.
     */
    private int checkMayUseStations(Long memberId, LocalDate day) {
        if (memberId == null) {
            return -1;
        }
        // Members visit other centres than their own: the summary (any operator may read it) gives the age.
        MemberSummary member = members.summariesOf(List.of(memberId)).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        members.eligibility(memberId, Activity.STATION_USE, day).orThrow();
        return MemberRules.ageOn(member.dateOfBirth(), day);
    }

    private void checkDailyMinutes(CentreRules rules, long memberId, LocalDate day, long minutes, Long except) {
        long used = minutesUsed(memberId, day, except);
        if (used + minutes > rules.dailyMinutesPerMember()) {
            throw new DomainException("booking.daily-limit", rules.dailyMinutesPerMember(),
                    Math.max(0, rules.dailyMinutesPerMember() - used));
        }
    }

    /** Minutes of the member's bookings and sessions that day, at any centre, not cancelled nor no-show. */
    private long minutesUsed(long memberId, LocalDate day, Long except) {
        return bookings.findByMemberStarting(memberId, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), HOLDING_TIME)
                .stream()
                .filter(b -> !b.getId().equals(except))
                .mapToLong(Booking::minutes)
                .sum();
    }

    private StationDetails checkStation(long stationId, long centreId, int age, LocalDateTime start, LocalDateTime end) {
        StationDetails station = stationOfCentre(stationId, centreId);
        if (station.minAge() != null && age < station.minAge()) {
            throw new DomainException("booking.station.too-young", station.label(), station.minAge());
        }
        if (station.maxAge() != null && age > station.maxAge()) {
            throw new DomainException("booking.station.too-old", station.label(), station.maxAge());
        }
        if (slots.stationBusy(station.id(), start, end)) {
            throw new DomainException("booking.station.taken");
        }
        return station;
    }

    private StationDetails stationOfCentre(long stationId, long centreId) {
        StationDetails station = stations.get(stationId);
        if (station.centreId() != centreId) {
            throw new DomainException("booking.station.other-centre", station.label());
        }
        if (!station.inService()) {
            throw new DomainException("booking.station.out-of-service", station.label());
        }
        return station;
    }

    private StationDetails anyFreeStation(long centreId, int age, LocalDateTime start, LocalDateTime end) {
        return inService(centreId).stream()
                .filter(station -> fitsAge(station, age))
                .filter(station -> !slots.stationBusy(station.id(), start, end))
                .findFirst()
                .orElseThrow(() -> new DomainException("booking.no-station-free"));
    }

    private List<StationDetails> inService(long centreId) {
        return stations.page(centreId, new StationFilter("", StationStatus.IN_SERVICE),
                PageRequest.of(0, MAX_STATIONS, Sort.by("label"))).getContent();
    }

    private static boolean fitsAge(StationDetails station, int age) {
        return StationAccess.mayUse(station, age);
    }

    private static StationDetails forGuest(StationDetails station) {
        if (!StationAccess.mayUse(station, null)) {
            throw new DomainException("booking.station.not-for-guests", station.label(), station.maxAge());
        }
        return station;
    }

    private Booking scoped(long bookingId) {
        Booking booking = bookings.findById(bookingId).orElseThrow(NotFoundException::new);
        currentUser.checkCentre(booking.getCentreId());
        return booking;
    }

    private Booking save(Booking booking) {
        try {
            return bookings.saveAndFlush(booking);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
    }

    /** Panama local time to the minute: bookings and sessions are planned in minutes. */
    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), PanamaTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
    }

    private static LocalDateTime min(LocalDateTime first, LocalDateTime... others) {
        LocalDateTime result = first;
        for (LocalDateTime other : others) {
            if (other.isBefore(result)) {
                result = other;
            }
        }
        return result;
    }
}
