package org.infoplaza.workshop;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureDetails;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.staff.StaffOption;
import org.infoplaza.staff.StaffService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Cohorts: a course given at a centre by its facilitators, with a capacity, an enrolment window and its
 * sessions. Sessions come from a weekly pattern that skips the centre's closures and closed hours, and can
 * then be added, moved or cancelled one by one; every session must lie inside the centre's opening hours,
 * on a day it is open, and not in the past. A session of a course that uses the computer room reserves the
 * room in the booking module in the same transaction. Administrators and the centre's operators manage
 * every cohort of their centres; a facilitator only the cohorts they run (and creates cohorts run by
 * themselves).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CohortService {

    static final int MAX_SESSIONS = 200;
    private static final int ROOM_LABEL_LENGTH = 200;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final CohortRepository cohorts;
    private final CourseRepository courses;
    private final SessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final CentreService centres;
    private final StaffService staff;
    private final WorkshopAccess access;
    private final Waitlist waitlist;
    private final ComputerRoom room;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CohortService(CohortRepository cohorts, CourseRepository courses, SessionRepository sessions,
            EnrolmentRepository enrolments, CentreService centres, StaffService staff, WorkshopAccess access,
            Waitlist waitlist, ComputerRoom room, ApplicationEventPublisher events, Clock clock) {
        this.cohorts = cohorts;
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.centres = centres;
        this.staff = staff;
        this.access = access;
        this.waitlist = waitlist;
        this.room = room;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The sessions a weekly pattern gives at a centre, skipping closures and days or hours the centre is not
     * open; nothing is saved.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public SessionPlan plan(long centreId, WeeklyPattern pattern) {
        CentreDetails centre = centres.get(centreId);
        if (pattern.firstDay() == null || pattern.start() == null || pattern.end() == null) {
            throw new DomainException("workshop.pattern.incomplete");
        }
        if (pattern.days().isEmpty()) {
            throw new DomainException("workshop.pattern.no-days");
        }
        if (pattern.weeks() < 1 || pattern.weeks() > WeeklyPattern.MAX_WEEKS) {
            throw new DomainException("workshop.pattern.weeks", WeeklyPattern.MAX_WEEKS);
        }
        if (!pattern.end().isAfter(pattern.start())) {
            throw new DomainException("workshop.session.end-before-start");
        }
        List<ClosureDetails> closures = centres.upcomingClosures(centreId);
        List<SessionTime> planned = new ArrayList<>();
        List<SessionPlan.SkippedDay> skipped = new ArrayList<>();
        LocalDate last = pattern.firstDay().plusWeeks(pattern.weeks()).minusDays(1);
        for (LocalDate day = pattern.firstDay(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!pattern.days().contains(day.getDayOfWeek())) {
                continue;
            }
            SessionTime time = new SessionTime(day.atTime(pattern.start()), day.atTime(pattern.end()));
            Optional<ClosureDetails> closure = closureOn(closures, day);
            if (closure.isPresent()) {
                skipped.add(new SessionPlan.SkippedDay(day, "workshop.plan.skipped.closure", closure.get().reason()));
            } else if (!insideHours(centre, time)) {
                skipped.add(new SessionPlan.SkippedDay(day, "workshop.plan.skipped.hours", null));
            } else {
                planned.add(time);
            }
        }
        if (planned.size() > MAX_SESSIONS) {
            throw new DomainException("workshop.cohort.sessions.too-many", MAX_SESSIONS);
        }
        return new SessionPlan(planned, skipped);
    }

    /**
     * The bookings the sessions would overlap if the course uses the computer room (none otherwise), so the
     * facilitator and the desk see them before saving.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public List<RoomClash> roomClashes(long centreId, long courseId, List<SessionTime> times) {
        Course course = courses.findById(courseId).orElseThrow(NotFoundException::new);
        centres.get(centreId);
        return course.usesComputerRoom() ? room.clashes(centreId, times) : List.of();
    }

    /** Creates a cohort with its sessions; the caller, when a facilitator, is always one of its facilitators. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public CohortDetails create(@Valid CohortData data, List<SessionTime> times) {
        Course course = courses.findById(data.courseId()).orElseThrow(NotFoundException::new);
        if (!course.toDetails().active()) {
            throw new DomainException("workshop.course.inactive");
        }
        CentreDetails centre = centres.get(data.centreId());
        if (!centre.active()) {
            throw new DomainException("workshop.centre.inactive");
        }
        Set<Long> facilitators = new HashSet<>(data.facilitatorIds());
        if (access.isFacilitator()) {
            facilitators.add(access.me());
        }
        checkCohort(data, facilitators, centre.id(), 0);
        if (times == null || times.isEmpty()) {
            throw new DomainException("workshop.cohort.sessions.required");
        }
        if (times.size() > MAX_SESSIONS) {
            throw new DomainException("workshop.cohort.sessions.too-many", MAX_SESSIONS);
        }
        List<SessionTime> sorted = times.stream().sorted(Comparator.comparing(SessionTime::start)).toList();
        List<ClosureDetails> closures = centres.upcomingClosures(centre.id());
        for (int i = 0; i < sorted.size(); i++) {
            checkTime(centre, closures, sorted.get(i));
            if (i > 0 && sorted.get(i - 1).overlaps(sorted.get(i).start(), sorted.get(i).end())) {
                throw new DomainException("workshop.session.overlaps-other", sorted.get(i).start().toLocalDate());
            }
        }
        CohortData withFacilitators = new CohortData(data.courseId(), data.centreId(), data.name(), data.capacity(),
                data.enrolmentOpens(), data.enrolmentCloses(), facilitators, 0);
        Cohort cohort = cohorts.saveAndFlush(new Cohort(withFacilitators, clock.instant(), access.me()));
        List<WorkshopSession> saved = sessions.saveAllAndFlush(
                sorted.stream().map(t -> new WorkshopSession(cohort.getId(), t.start(), t.end())).toList());
        if (course.usesComputerRoom()) {
            room.reserve(cohort.getCentreId(), label(course, cohort), saved);
        }
        return details(cohort);
    }

    /**
     * Changes the cohort's name, capacity, enrolment window and facilitators. A capacity below the members
     * already enrolled is refused; a larger one promotes people from the waitlist at once.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public CohortDetails update(long cohortId, @Valid CohortData data) {
        Cohort cohort = cohorts.findForUpdate(cohortId).orElseThrow(NotFoundException::new);
        access.check(cohort);
        cohort.checkVersion(data.version());
        Set<Long> facilitators = new HashSet<>(data.facilitatorIds());
        if (access.isFacilitator()) {
            facilitators.add(access.me());
        }
        long enrolled = enrolments.countByCohortIdAndStatus(cohortId, EnrolmentStatus.ENROLLED);
        if (data.capacity() < enrolled) {
            throw new DomainException("workshop.cohort.capacity.below-enrolled", enrolled);
        }
        checkCohort(data, facilitators, cohort.getCentreId(), cohortId);
        cohort.apply(new CohortData(cohort.getCourseId(), cohort.getCentreId(), data.name(), data.capacity(),
                data.enrolmentOpens(), data.enrolmentCloses(), facilitators, data.version()));
        cohorts.saveAndFlush(cohort);
        waitlist.fill(cohort);
        // A new name relabels the room reservations on the day board.
        reserveIfRoom(cohort, sessions.findByCohortIdOrderByStartsAt(cohortId).stream()
                .filter(s -> !s.isCancelled()).toList());
        return details(cohort);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public CohortDetails get(long cohortId) {
        return details(access.cohort(cohortId));
    }

    /** The cohorts the caller may see, at one centre or at all their centres, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public List<CohortSummary> list(Long centreId) {
        Optional<Set<Long>> scope = access.centreScope();
        if (centreId != null && scope.isPresent() && !scope.get().contains(centreId)) {
            throw new NotFoundException();
        }
        List<Cohort> found = cohorts.findVisible(scope.isEmpty(), scope.orElse(Set.of(-1L)), centreId,
                access.onlyRunBy());
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Cohort::getId).toList();
        Map<Long, List<WorkshopSession>> byCohort = sessions.findActiveOf(ids).stream()
                .collect(Collectors.groupingBy(WorkshopSession::getCohortId));
        Map<Long, Course> courseById = courses.findAllById(found.stream().map(Cohort::getCourseId).toList()).stream()
                .collect(Collectors.toMap(Course::getId, Function.identity()));
        Map<Long, Map<EnrolmentStatus, Long>> counts = countsOf(ids);
        return found.stream().map(c -> {
            List<WorkshopSession> own = byCohort.getOrDefault(c.getId(), List.of());
            Course course = courseById.get(c.getCourseId());
            Map<EnrolmentStatus, Long> count = counts.getOrDefault(c.getId(), Map.of());
            return new CohortSummary(c.getId(), c.getName(), c.getCourseId(), course.getTitle(),
                    course.toDetails().track(), c.getCentreId(), c.getCapacity(),
                    count.getOrDefault(EnrolmentStatus.ENROLLED, 0L).intValue(),
                    count.getOrDefault(EnrolmentStatus.WAITLISTED, 0L).intValue(),
                    own.isEmpty() ? null : own.getFirst().getStartsAt(),
                    own.isEmpty() ? null : own.getLast().getStartsAt(), c.isCancelled());
        }).toList();
    }

    /** Adds one session to a cohort, under the same rules as the generated ones. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public SessionDetails addSession(long cohortId, SessionTime time) {
        Cohort cohort = access.cohort(cohortId);
        CentreDetails centre = centres.get(cohort.getCentreId());
        checkTime(centre, centres.upcomingClosures(centre.id()), time);
        List<WorkshopSession> existing = sessions.findByCohortIdOrderByStartsAt(cohortId);
        checkNoOverlap(existing, time, null);
        if (existing.size() >= MAX_SESSIONS) {
            throw new DomainException("workshop.cohort.sessions.too-many", MAX_SESSIONS);
        }
        WorkshopSession session = sessions.saveAndFlush(new WorkshopSession(cohortId, time.start(), time.end()));
        reserveIfRoom(cohort, List.of(session));
        events.publishEvent(new CohortSessionsChanged(cohort.getId()));
        return positioned(session);
    }

    /** Moves one session to another time, under the same rules; its room reservation moves with it. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public SessionDetails moveSession(long sessionId, long version, SessionTime time) {
        WorkshopSession session = sessions.findById(sessionId).orElseThrow(NotFoundException::new);
        Cohort cohort = access.cohort(session.getCohortId());
        session.checkVersion(version);
        if (session.isCancelled()) {
            throw new DomainException("workshop.session.cancelled");
        }
        if (!session.getStartsAt().isAfter(now())) {
            throw new DomainException("workshop.session.already-started");
        }
        CentreDetails centre = centres.get(cohort.getCentreId());
        checkTime(centre, centres.upcomingClosures(centre.id()), time);
        checkNoOverlap(sessions.findByCohortIdOrderByStartsAt(cohort.getId()), time, sessionId);
        session.moveTo(time.start(), time.end());
        sessions.saveAndFlush(session);
        reserveIfRoom(cohort, List.of(session));
        events.publishEvent(new CohortSessionsChanged(cohort.getId()));
        return positioned(session);
    }

    /** Cancels one session that has not started; it no longer counts for completion and frees the room. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public SessionDetails cancelSession(long sessionId, long version) {
        WorkshopSession session = sessions.findById(sessionId).orElseThrow(NotFoundException::new);
        access.cohort(session.getCohortId());
        session.checkVersion(version);
        if (!session.getStartsAt().isAfter(now())) {
            throw new DomainException("workshop.session.already-started");
        }
        session.cancel();
        sessions.saveAndFlush(session);
        room.release(List.of(session));
        events.publishEvent(new CohortSessionsChanged(session.getCohortId()));
        return positioned(session);
    }

    private void reserveIfRoom(Cohort cohort, List<WorkshopSession> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Course course = courses.findById(cohort.getCourseId()).orElseThrow(NotFoundException::new);
        if (course.usesComputerRoom()) {
            room.reserve(cohort.getCentreId(), label(course, cohort), changed);
        }
    }

    /** What the day board shows on the reserved room: the course and the cohort, cut to fit. */
    static String label(Course course, Cohort cohort) {
        String label = course.getTitle() + " · " + cohort.getName();
        return label.length() > ROOM_LABEL_LENGTH ? label.substring(0, ROOM_LABEL_LENGTH - 1) + "…" : label;
    }

    private void checkCohort(CohortData data, Set<Long> facilitators, long centreId, long cohortId) {
        if (data.enrolmentCloses().isBefore(data.enrolmentOpens())) {
            throw new DomainException("workshop.cohort.window.order");
        }
        if (facilitators.isEmpty()) {
            throw new DomainException("workshop.cohort.facilitator.required");
        }
        Set<Long> allowed = staff.facilitatorsAt(centreId).stream().map(StaffOption::id)
                .collect(Collectors.toSet());
        if (!allowed.containsAll(facilitators)) {
            throw new DomainException("workshop.cohort.facilitator.not-at-centre");
        }
    }

    private void checkTime(CentreDetails centre, List<ClosureDetails> closures, SessionTime time) {
        if (time == null || time.start() == null || time.end() == null) {
            throw new DomainException("workshop.session.time.required");
        }
        LocalDate day = time.start().toLocalDate();
        if (!time.end().isAfter(time.start())) {
            throw new DomainException("workshop.session.end-before-start");
        }
        LocalDateTime now = now();
        if (day.isBefore(now.toLocalDate())) {
            throw new DomainException("workshop.session.past", day);
        }
        if (time.start().isBefore(now)) {
            // Today has not passed, only its earlier hours: say which hour, not that the day is gone.
            throw new DomainException("workshop.session.past-hour", time.start().toLocalTime().format(HOUR));
        }
        Optional<ClosureDetails> closure = closureOn(closures, day);
        if (closure.isPresent()) {
            throw new DomainException("workshop.session.closed", day);
        }
        if (!insideHours(centre, time)) {
            throw new DomainException("workshop.session.outside-hours", day);
        }
    }

    private static void checkNoOverlap(List<WorkshopSession> existing, SessionTime time, Long except) {
        boolean clash = existing.stream()
                .filter(s -> !s.isCancelled() && !s.getId().equals(except))
                .anyMatch(s -> time.overlaps(s.getStartsAt(), s.getEndsAt()));
        if (clash) {
            throw new DomainException("workshop.session.overlaps-other", time.start().toLocalDate());
        }
    }

    private static boolean insideHours(CentreDetails centre, SessionTime time) {
        LocalDate day = time.start().toLocalDate();
        DayOfWeek weekday = day.getDayOfWeek();
        return time.end().toLocalDate().equals(day) && centre.hoursOn(weekday).stream()
                .anyMatch(p -> !time.start().toLocalTime().isBefore(p.opensAt())
                        && !time.end().toLocalTime().isAfter(p.closesAt()));
    }

    private static Optional<ClosureDetails> closureOn(List<ClosureDetails> closures, LocalDate day) {
        return closures.stream().filter(c -> c.covers(day)).findFirst();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private SessionDetails positioned(WorkshopSession session) {
        List<WorkshopSession> all = sessions.findByCohortIdOrderByStartsAt(session.getCohortId());
        return session.toDetails(all.indexOf(session) + 1);
    }

    private Map<Long, Map<EnrolmentStatus, Long>> countsOf(List<Long> cohortIds) {
        return enrolments.countByStatus(cohortIds).stream().collect(Collectors.groupingBy(
                row -> (Long) row[0], Collectors.toMap(row -> (EnrolmentStatus) row[1], row -> (Long) row[2])));
    }

    CohortDetails details(Cohort cohort) {
        Course course = courses.findById(cohort.getCourseId()).orElseThrow(NotFoundException::new);
        CentreDetails centre = centres.get(cohort.getCentreId());
        List<WorkshopSession> own = sessions.findByCohortIdOrderByStartsAt(cohort.getId());
        List<SessionDetails> sessionDetails = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            sessionDetails.add(own.get(i).toDetails(i + 1));
        }
        Map<EnrolmentStatus, Long> count = countsOf(List.of(cohort.getId())).getOrDefault(cohort.getId(), Map.of());
        return new CohortDetails(cohort.getId(), cohort.getVersion(), course.toDetails(), centre.id(), centre.name(),
                cohort.getName(), cohort.getCapacity(), cohort.getEnrolmentOpens(), cohort.getEnrolmentCloses(),
                staff.namesOf(cohort.getFacilitatorIds()), List.copyOf(sessionDetails),
                count.getOrDefault(EnrolmentStatus.ENROLLED, 0L).intValue(),
                count.getOrDefault(EnrolmentStatus.WAITLISTED, 0L).intValue(), cohort.isCancelled());
    }
}
