package org.infoplaza.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureDetails;
import org.infoplaza.member.Activity;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationFilter;
import org.infoplaza.station.StationService;
import org.infoplaza.station.StationStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The walk-in queue of a centre. When no station is free the desk gives the visitor (a member, or a guest
 * without personal data) a ticket numbered for the day at that centre. Whenever a station frees (check-out,
 * cancellation, no-show release, a session ended by the clock), the first waiting ticket that may use it is
 * <em>offered</em> it: the station is held for that ticket for {@code infoplaza.booking.offer-minutes}
 * (default 5) and desk walk-ins skip it; the desk accepts the offer, which starts a walk-in session through
 * {@link BookingService} with all its rules, or declines it; an offer not taken in time expires and the
 * station goes to the next ticket.
 * <p>
 * Every change to a centre's queue first locks the day's counter row of that centre and then reads with
 * READ COMMITTED (so it sees what the previous holder of the lock committed), so two desks (or a desk and
 * the job) never hand out the same number or offer one station twice; the unique key on the ticket
 * numbers backs that up. Operators of the centre and administrators use it; the public screen reads
 * only numbers through {@link #display(String)}.
 */
@Service
@Transactional(readOnly = true)
public class WalkInQueue {

    /** A station counts as free for the queue when nothing holds it for at least this long from now. */
    static final int USEFUL_MINUTES = 15;
    private static final int MAX_STATIONS = 500;

    private final WalkInTicketRepository tickets;
    private final BookingRepository bookings;
    private final Slots slots;
    private final BookingService bookingService;
    private final CentreService centres;
    private final StationService stations;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int offerMinutes;
    private final RoomGuard rooms;

    WalkInQueue(WalkInTicketRepository tickets, BookingRepository bookings, Slots slots, BookingService bookingService,
            CentreService centres, StationService stations, MemberService members, CurrentUser currentUser,
            JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, @Value("${infoplaza.booking.offer-minutes:5}") int offerMinutes,
            RoomGuard rooms) {
        if (offerMinutes < 1) {
            throw new IllegalArgumentException("An offer must hold a station for at least one minute");
        }
        this.tickets = tickets;
        this.bookings = bookings;
        this.slots = slots;
        this.bookingService = bookingService;
        this.centres = centres;
        this.stations = stations;
        this.members = members;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.offerMinutes = offerMinutes;
        this.rooms = rooms;
    }

    /**
     * Gives the visitor the next number of the day at the centre ({@code memberId} null for a guest). A
     * member who may not use stations, or who already holds a ticket today, is refused. When a station is
     * free already, the new ticket is offered it at once.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public QueueTicket issueTicket(Long memberId, long centreId, VisitPurpose purpose) {
        if (purpose == null) {
            throw new DomainException("booking.purpose.required");
        }
        currentUser.checkCentre(centreId);
        CentreDetails centre = centres.get(centreId);
        if (!centre.active()) {
            throw new DomainException("booking.centre.inactive");
        }
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        if (memberId != null) {
            members.eligibility(memberId, Activity.STATION_USE, today).orThrow();
        }
        int number = nextNumber(centreId, today);
        if (memberId != null && tickets.memberInQueue(memberId, today)) {
            throw new DomainException("walk-in.member.already-queued");
        }
        WalkInTicket ticket = tickets.saveAndFlush(new WalkInTicket(centreId, today, number, memberId, purpose, now));
        offer(centreId, now);
        events.publishEvent(new BookingsChanged(centreId));
        return ticketsOf(centreId, now).stream()
                .filter(t -> t.id() == ticket.getId())
                .findFirst()
                .orElseGet(() -> tickets.findById(ticket.getId()).orElseThrow().toTicket(0, null));
    }

    /** The day's tickets still in the queue, in order, with positions and estimated waits, for the desk. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<QueueTicket> queue(long centreId) {
        currentUser.checkCentre(centreId);
        return ticketsOf(centreId, now());
    }

    /** The visitor takes the offered station: a walk-in (or guest) session starts on it now. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public BookingDetails accept(long ticketId, long version) {
        WalkInTicket ticket = scoped(ticketId, version);
        LocalDateTime now = now();
        ticket.requireOffer(now);
        BookingDetails session = bookingService.startOfferedSession(ticket.getMemberId(), ticket.getCentreId(),
                ticket.getOfferedStationId(), ticket.getPurpose());
        ticket.served(session.id(), now);
        save(ticket);
        events.publishEvent(new QueueTicketServed(ticket.getId(), ticket.getCentreId(), ticket.getIssuedAt(), now));
        return session;
    }

    /** The visitor does not want (or is not there for) the offered station: it goes to the next ticket. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public void decline(long ticketId, long version) {
        WalkInTicket ticket = scoped(ticketId, version);
        LocalDateTime now = now();
        ticket.decline(now);
        save(ticket);
        offer(ticket.getCentreId(), now);
        events.publishEvent(new BookingsChanged(ticket.getCentreId()));
    }

    /** The visitor leaves the queue. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public void cancel(long ticketId, long version) {
        WalkInTicket ticket = scoped(ticketId, version);
        LocalDateTime now = now();
        ticket.cancel(now);
        save(ticket);
        offer(ticket.getCentreId(), now);
        events.publishEvent(new BookingsChanged(ticket.getCentreId()));
    }

    /**
     * Passes expired offers on and offers every free station to the first waiting ticket that may use it;
     * called when a station frees and by the minute job. Returns the tickets offered a station now.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<QueueTicket> offerFreeStations(long centreId) {
        currentUser.checkCentre(centreId);
        LocalDateTime now = now();
        if (!lockDay(centreId, now.toLocalDate())) {
            return List.of();
        }
        List<WalkInTicket> offered = offer(centreId, now);
        events.publishEvent(new BookingsChanged(centreId)); // offers made or passed on: the boards show the queue
        return offered.stream().map(t -> t.toTicket(0, null)).toList();
    }

    /**
     * The public screen of a centre, by its code: numbers being called and waiting, free stations and the
     * estimated wait. Open to anyone (the page needs no sign-in) and therefore free of personal data.
     */
    @PreAuthorize("permitAll()")
    public QueueDisplay display(String centreCode) {
        String code = centreCode == null ? "" : centreCode.strip().toUpperCase(Locale.ROOT);
        return SystemAuthentication.call(() -> {
            CentreOption centre = centres.accessibleCentres().stream()
                    .filter(option -> option.code().equalsIgnoreCase(code))
                    .findFirst()
                    .orElseThrow(NotFoundException::new);
            LocalDateTime now = now();
            List<WalkInTicket> active = tickets.findActive(centre.id(), now.toLocalDate());
            List<StationDetails> inService = inService(centre.id());
            Map<Long, String> labels = inService.stream()
                    .collect(Collectors.toMap(StationDetails::id, StationDetails::label));
            List<QueueDisplay.Called> called = active.stream()
                    .filter(t -> t.getStatus() == TicketStatus.OFFERED && !t.offerExpired(now))
                    .map(t -> new QueueDisplay.Called(t.getNumber(), labels.getOrDefault(t.getOfferedStationId(), "")))
                    .toList();
            List<Integer> waiting = active.stream()
                    .filter(t -> t.getStatus() == TicketStatus.WAITING)
                    .map(WalkInTicket::getNumber)
                    .toList();
            List<StationDetails> freeNow = freeStations(centre.id(), inService, now);
            // A free station for children is no free station for the adult reading the screen: counted apart.
            int free = (int) freeNow.stream().filter(StationAccess::forEveryone).count();
            List<QueueDisplay.FreeForAges> forSomeAges = freeNow.stream()
                    .filter(station -> !StationAccess.forEveryone(station))
                    .collect(Collectors.groupingBy(station -> Arrays.asList(station.minAge(), station.maxAge()),
                            LinkedHashMap::new, Collectors.counting()))
                    .entrySet().stream()
                    .map(e -> new QueueDisplay.FreeForAges(e.getKey().get(0), e.getKey().get(1), e.getValue().intValue()))
                    .toList();
            Integer estimate = free > 0 && waiting.isEmpty() ? Integer.valueOf(0)
                    : estimate(centre.id(), now, waiting.size() + 1);
            CentreDetails details = centres.get(centre.id());
            List<ClosureDetails> closures = centres.upcomingClosures(centre.id());
            boolean open = isOpen(details, closures, now);
            return new QueueDisplay(centre.name(), called, waiting, free, forSomeAges, estimate, open,
                    open ? null : nextOpening(details, closures, now));
        });
    }

    private static boolean isOpen(CentreDetails centre, List<ClosureDetails> closures, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        return closures.stream().noneMatch(closure -> closure.covers(today))
                && centre.isOpenAt(today.getDayOfWeek(), now.toLocalTime());
    }

    /** The start of the centre's next opening period after now, skipping closure days; null if none soon. */
    private static LocalDateTime nextOpening(CentreDetails centre, List<ClosureDetails> closures, LocalDateTime now) {
        for (int ahead = 0; ahead <= QueueDisplay.LOOK_AHEAD_DAYS; ahead++) {
            LocalDate day = now.toLocalDate().plusDays(ahead);
            if (closures.stream().anyMatch(closure -> closure.covers(day))) {
                continue;
            }
            Optional<LocalDateTime> opens = centre.hoursOn(day.getDayOfWeek()).stream()
                    .map(period -> day.atTime(period.opensAt()))
                    .filter(start -> start.isAfter(now))
                    .min(Comparator.naturalOrder());
            if (opens.isPresent()) {
                return opens.get();
            }
        }
        return null;
    }

    // --- the queue's work, under the day's lock

    /** The next number of the day: one upsert on the counter row, which also locks it for this transaction. */
    private int nextNumber(long centreId, LocalDate day) {
        jdbc.update("""
                INSERT INTO walk_in_counter (centre_id, day, last_number) VALUES (?, ?, 1)
                ON DUPLICATE KEY UPDATE last_number = last_number + 1
                """, centreId, day);
        // Our own update is visible to us whatever our snapshot, and the row stays locked until we commit.
        return jdbc.queryForObject("SELECT last_number FROM walk_in_counter WHERE centre_id = ? AND day = ?",
                Integer.class, centreId, day);
    }

    /** Locks the centre's queue of the day; false when nobody took a ticket that day (nothing to do). */
    private boolean lockDay(long centreId, LocalDate day) {
        return !jdbc.queryForList("SELECT last_number FROM walk_in_counter WHERE centre_id = ? AND day = ? FOR UPDATE",
                Integer.class, centreId, day).isEmpty();
    }

    private List<WalkInTicket> offer(long centreId, LocalDateTime now) {
        List<WalkInTicket> active = tickets.findActive(centreId, now.toLocalDate());
        for (WalkInTicket ticket : active) {
            if (ticket.offerExpired(now)) {
                ticket.expire(now);
                save(ticket);
            }
        }
        List<WalkInTicket> waiting = active.stream().filter(t -> t.getStatus() == TicketStatus.WAITING).toList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        List<StationDetails> free = freeStations(centreId, inService(centreId), now);
        Map<Long, Integer> ages = new HashMap<>();
        List<WalkInTicket> offered = new ArrayList<>();
        Set<WalkInTicket> left = new LinkedHashSet<>(waiting);
        for (StationDetails station : free) {
            WalkInTicket next = left.stream()
                    .filter(t -> StationAccess.mayUse(station, t.getMemberId() == null ? null
                            : ages.computeIfAbsent(t.getMemberId(), id -> members.age(id, now.toLocalDate()))))
                    .findFirst()
                    .orElse(null);
            if (next != null) {
                next.offer(station.id(), now.plusMinutes(offerMinutes));
                save(next);
                left.remove(next);
                offered.add(next);
            }
        }
        return offered;
    }

    /**
     * In-service stations that no offer holds and that nothing holds for {@value #USEFUL_MINUTES} minutes from
     * the next 5-minute mark: a session just checked out keeps its current slot, so its station is free
     * from that mark on (and a session ending at it will free it then). While a workshop reserves the
     * computer room in that time, no station is free.
     */
    private List<StationDetails> freeStations(long centreId, List<StationDetails> inService, LocalDateTime now) {
        List<Long> held = tickets.findHeldStations(centreId, now);
        LocalDateTime from = Slots.slotOf(now).plusMinutes(Slots.MINUTES);
        LocalDateTime until = from.plusMinutes(USEFUL_MINUTES);
        if (rooms.anyOverlapping(centreId, from, until)) {
            return List.of();
        }
        return inService.stream()
                .filter(station -> !held.contains(station.id()))
                .filter(station -> slots.nextOnStation(station.id(), from, until).isEmpty())
                .toList();
    }

    private List<QueueTicket> ticketsOf(long centreId, LocalDateTime now) {
        List<WalkInTicket> active = tickets.findActive(centreId, now.toLocalDate());
        List<QueueTicket> result = new ArrayList<>();
        int position = 0;
        for (WalkInTicket ticket : active) {
            if (ticket.getStatus() == TicketStatus.OFFERED) {
                result.add(ticket.toTicket(0, 0));
            } else {
                position++;
                result.add(ticket.toTicket(position, estimate(centreId, now, position)));
            }
        }
        return result;
    }

    /**
     * An honest, simple estimate of the wait of the n-th waiting ticket: stations free up when the sessions
     * running now end (their remaining times, soonest first), and after one round each station serves a
     * whole session of the centre's maximum length. Bookings ahead are not counted, so it can be optimistic
     * on busy afternoons; {@code null} when no session is running to base it on.
     */
    private Integer estimate(long centreId, LocalDateTime now, int position) {
        List<Long> remaining = bookings.findInSession(centreId).stream()
                .map(b -> Math.max(0, Duration.between(now, b.getEndsAt()).toMinutes()))
                .sorted(Comparator.naturalOrder())
                .toList();
        if (remaining.isEmpty()) {
            return null;
        }
        int round = (position - 1) / remaining.size();
        long minutes = remaining.get((position - 1) % remaining.size())
                + (long) round * centres.get(centreId).rules().maxSessionMinutes();
        return (int) minutes;
    }

    private List<StationDetails> inService(long centreId) {
        return stations.page(centreId, new StationFilter("", StationStatus.IN_SERVICE),
                PageRequest.of(0, MAX_STATIONS, Sort.by("label"))).getContent();
    }

    private WalkInTicket scoped(long ticketId, long version) {
        // Lock the centre's queue before loading the ticket, so what we load is what the last holder left.
        Long centreId = jdbc.queryForList("SELECT centre_id FROM walk_in_ticket WHERE id = ?", Long.class, ticketId)
                .stream().findFirst().orElseThrow(NotFoundException::new);
        currentUser.checkCentre(centreId);
        lockDay(centreId, now().toLocalDate());
        WalkInTicket ticket = tickets.findById(ticketId).orElseThrow(NotFoundException::new);
        ticket.checkVersion(version);
        return ticket;
    }

    private WalkInTicket save(WalkInTicket ticket) {
        try {
            return tickets.saveAndFlush(ticket);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), PanamaTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
    }
}
