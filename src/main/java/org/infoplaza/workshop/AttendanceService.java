package org.infoplaza.workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.infoplaza.member.Activity;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance, one tap per person: present, absent or excused. Marks can be recorded from
 * {@value #EARLY_MINUTES} minutes before a session starts until {@value #EDITABLE_DAYS} days after it ends;
 * then the sheet is locked, and only an administrator can reopen it for a while. Members not enrolled can
 * be added as walk-ins when the member module lets them join workshops. Completion counts the sessions
 * attended against every session not cancelled, and compares with the course's threshold.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    static final int EARLY_MINUTES = 30;
    static final int EDITABLE_DAYS = 3;
    static final int MAX_UNLOCK_HOURS = 72;

    private final SessionRepository sessions;
    private final CohortRepository cohorts;
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendance;
    private final MemberService members;
    private final WorkshopAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceService(SessionRepository sessions, CohortRepository cohorts, CourseRepository courses,
            EnrolmentRepository enrolments, AttendanceRepository attendance, MemberService members,
            WorkshopAccess access, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.courses = courses;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.members = members;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The sessions of the caller's cohorts that meet today, in time order. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public List<TodaySession> today() {
        LocalDate today = LocalDate.now(clock);
        List<WorkshopSession> meeting = sessions.findStartingBetween(today.atStartOfDay(),
                today.plusDays(1).atStartOfDay());
        Map<Long, Cohort> reachable = new HashMap<>();
        for (Cohort cohort : cohorts.findAllById(meeting.stream().map(WorkshopSession::getCohortId).distinct().toList())) {
            if (access.mayReach(cohort)) {
                reachable.put(cohort.getId(), cohort);
            }
        }
        List<TodaySession> rows = new ArrayList<>();
        for (WorkshopSession session : meeting) {
            Cohort cohort = reachable.get(session.getCohortId());
            if (cohort == null) {
                continue;
            }
            List<WorkshopSession> all = countedSessions(cohort.getId());
            Set<Long> roster = rosterIds(session);
            int marked = (int) attendance.findBySession(session.getId()).stream().filter(a -> a.getStatus() != null).count();
            rows.add(new TodaySession(session.getId(), cohort.getId(), cohort.getName(), courseTitle(cohort),
                    cohort.getCentreId(), session.getStartsAt(), session.getEndsAt(), all.indexOf(session) + 1,
                    all.size(), roster.size(), marked));
        }
        return rows;
    }

    /** A session's roster with the marks so far: enrolled members by name, then walk-ins. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public RosterSheet sheet(long sessionId) {
        WorkshopSession session = sessions.findById(sessionId).orElseThrow(NotFoundException::new);
        Cohort cohort = access.cohort(session.getCohortId());
        Map<Long, Attendance> marks = attendance.findBySession(sessionId).stream()
                .collect(Collectors.toMap(Attendance::getMemberId, Function.identity()));
        Set<Long> enrolled = enrolledIds(cohort.getId());
        Set<Long> everyone = new HashSet<>(enrolled);
        everyone.addAll(marks.keySet());
        List<RosterLine> lines = members.summariesOf(everyone).stream()
                .map(m -> {
                    Attendance mark = marks.get(m.id());
                    return new RosterLine(m.id(), m.memberNumber(), m.fullName(), m.minor(),
                            mark == null ? null : mark.getStatus(), mark != null && mark.isWalkIn());
                })
                .sorted(Comparator.comparing(RosterLine::walkIn).thenComparing(RosterLine::memberName,
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<WorkshopSession> all = countedSessions(cohort.getId());
        String lock = lockReason(session);
        return new RosterSheet(session.toDetails(all.indexOf(session) + 1), cohort.getId(), cohort.getName(),
                courseTitle(cohort), all.size(), lock == null, lock, editableUntil(session), lines);
    }

    /** Records one tap; a second tap for the same person replaces the first. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public void mark(long sessionId, long memberId, AttendanceStatus status) {
        markAll(sessionId, List.of(memberId), status);
    }

    /**
     * The same mark for several people at once ("everyone present"), all or nothing: one person not on the
     * roster refuses the lot.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public void markAll(long sessionId, Collection<Long> memberIds, AttendanceStatus status) {
        if (status == null) {
            throw new DomainException("workshop.attendance.status.required");
        }
        WorkshopSession session = editableSession(sessionId);
        Set<Long> enrolled = null;
        for (long memberId : memberIds) {
            if (!attendance.existsById(new Attendance.Key(sessionId, memberId))) {
                if (enrolled == null) {
                    enrolled = enrolledIds(session.getCohortId());
                }
                if (!enrolled.contains(memberId)) {
                    throw new DomainException("workshop.attendance.not-on-roster");
                }
            }
            attendance.record(sessionId, memberId, status.name(), false, clock.instant(), access.me());
            if (status == AttendanceStatus.PRESENT) {
                members.recordActivity(memberId, session.getStartsAt().toLocalDate());
            }
        }
        events.publishEvent(new AttendanceTaken(session.getCohortId(), sessionId));
    }

    /** Adds a member who came without being enrolled, marked present. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public void addWalkIn(long sessionId, long memberId) {
        WorkshopSession session = editableSession(sessionId);
        if (attendance.existsById(new Attendance.Key(sessionId, memberId))
                || enrolledIds(session.getCohortId()).contains(memberId)) {
            throw new DomainException("workshop.attendance.already-on-roster");
        }
        LocalDate day = session.getStartsAt().toLocalDate();
        members.eligibility(memberId, Activity.WORKSHOPS, day).orThrow();
        attendance.record(sessionId, memberId, AttendanceStatus.PRESENT.name(), true, clock.instant(), access.me());
        members.recordActivity(memberId, day);
        events.publishEvent(new AttendanceTaken(session.getCohortId(), sessionId));
    }

    /** Reopens a locked sheet for some hours; administrators only. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(long sessionId, int hours) {
        if (hours < 1 || hours > MAX_UNLOCK_HOURS) {
            throw new DomainException("workshop.attendance.unlock.hours", MAX_UNLOCK_HOURS);
        }
        WorkshopSession session = sessions.findById(sessionId).orElseThrow(NotFoundException::new);
        access.cohort(session.getCohortId());
        session.unlockAttendanceUntil(LocalDateTime.now(clock).plusHours(hours));
        sessions.saveAndFlush(session);
    }

    /** Each enrolled member's attendance against the sessions that count, and whether they completed. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public List<Completion> completion(long cohortId) {
        Cohort cohort = access.cohort(cohortId);
        return completionOf(cohort);
    }

    List<Completion> completionOf(Cohort cohort) {
        int threshold = courses.findById(cohort.getCourseId()).orElseThrow(NotFoundException::new).getCompletionThreshold();
        List<WorkshopSession> counted = countedSessions(cohort.getId());
        Map<Long, Long> present = counted.isEmpty() ? Map.of() : attendance.findBySessions(
                        counted.stream().map(WorkshopSession::getId).toList()).stream()
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT)
                .collect(Collectors.groupingBy(Attendance::getMemberId, Collectors.counting()));
        int total = counted.size();
        return members.summariesOf(enrolledIds(cohort.getId())).stream()
                .sorted(Comparator.comparing(MemberSummary::fullName, String.CASE_INSENSITIVE_ORDER))
                .map(m -> {
                    int attended = present.getOrDefault(m.id(), 0L).intValue();
                    return new Completion(m.id(), m.memberNumber(), m.fullName(), attended, total,
                            total == 0 ? 0 : attended * 100 / total, completed(attended, total, threshold));
                })
                .toList();
    }

    /** At the threshold counts as completed: 8 of 10 sessions meets 80 %, 7 of 10 does not. */
    static boolean completed(int attended, int sessions, int thresholdPercent) {
        return sessions > 0 && attended * 100L >= (long) thresholdPercent * sessions;
    }

    private WorkshopSession editableSession(long sessionId) {
        WorkshopSession session = sessions.findById(sessionId).orElseThrow(NotFoundException::new);
        access.cohort(session.getCohortId());
        String lock = lockReason(session);
        if (lock != null) {
            throw new DomainException(lock);
        }
        return session;
    }

    private String lockReason(WorkshopSession session) {
        return lockReason(session, LocalDateTime.now(clock));
    }

    /** Why marks cannot be recorded at {@code now} (a message key), or null when they can. */
    static String lockReason(WorkshopSession session, LocalDateTime now) {
        if (session.isCancelled()) {
            return "workshop.attendance.cancelled";
        }
        if (now.isBefore(session.getStartsAt().minusMinutes(EARLY_MINUTES))) {
            return "workshop.attendance.future";
        }
        if (now.isAfter(editableUntil(session))) {
            return "workshop.attendance.locked";
        }
        return null;
    }

    private static LocalDateTime editableUntil(WorkshopSession session) {
        LocalDateTime regular = session.getEndsAt().plusDays(EDITABLE_DAYS);
        LocalDateTime unlocked = session.getAttendanceUnlockedUntil();
        return unlocked != null && unlocked.isAfter(regular) ? unlocked : regular;
    }

    private List<WorkshopSession> countedSessions(long cohortId) {
        return sessions.findByCohortIdOrderByStartsAt(cohortId).stream().filter(s -> !s.isCancelled()).toList();
    }

    private Set<Long> enrolledIds(long cohortId) {
        return enrolments.findEnrolledIn(List.of(cohortId)).stream().map(Enrolment::getMemberId)
                .collect(Collectors.toSet());
    }

    private Set<Long> rosterIds(WorkshopSession session) {
        Set<Long> ids = new HashSet<>(enrolledIds(session.getCohortId()));
        attendance.findBySession(session.getId()).forEach(a -> ids.add(a.getMemberId()));
        return ids;
    }

    private String courseTitle(Cohort cohort) {
        return courses.findById(cohort.getCourseId()).map(Course::getTitle).orElse("");
    }
}
