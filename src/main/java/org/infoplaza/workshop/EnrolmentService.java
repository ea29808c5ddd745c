package org.infoplaza.workshop;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
 * Enrolment once for a whole cohort. A member is refused when the enrolment window is shut, when their age
 * on the first session is outside the course's range, when the member module says no (a minor without
 * the guardian's workshop consent, a suspension), or when the cohort's sessions overlap those of another
 * cohort they are in. A full cohort puts them on the waitlist; a withdrawal promotes the first person
 * waiting, who is told by mail.
 *
 * <p>Enrolments and withdrawals of one cohort take turns on the cohort's row lock, and the enrolments of
 * one member on a lock row of their own, so capacity, waitlist order and the overlap rule hold however
 * many desks act at once. These transactions read committed data, so what the previous lock holder
 * committed is seen.
 */
@Service
@Transactional(readOnly = true)
public class EnrolmentService {

    private final CohortRepository cohorts;
    private final CourseRepository courses;
    private final SessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final MemberService members;
    private final WorkshopAccess access;
    private final Waitlist waitlist;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrolmentService(CohortRepository cohorts, CourseRepository courses, SessionRepository sessions,
            EnrolmentRepository enrolments, MemberService members, WorkshopAccess access, Waitlist waitlist,
            EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
        this.cohorts = cohorts;
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.members = members;
        this.access = access;
        this.waitlist = waitlist;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** Enrols a member in the cohort, or puts them on its waitlist when it is full. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public EnrolmentDetails enrol(long cohortId, long memberId) {
        Cohort cohort = cohorts.findForUpdate(cohortId).orElseThrow(NotFoundException::new);
        access.check(cohort);
        LocalDate today = LocalDate.now(clock);
        if (cohort.isCancelled()) {
            throw new DomainException("workshop.enrol.cancelled");
        }
        if (today.isBefore(cohort.getEnrolmentOpens()) || today.isAfter(cohort.getEnrolmentCloses())) {
            throw new DomainException("workshop.enrol.window", cohort.getEnrolmentOpens(), cohort.getEnrolmentCloses());
        }
        Enrolment enrolment = enrolments.findByCohortIdAndMemberId(cohortId, memberId)
                .orElseGet(() -> new Enrolment(cohortId, memberId, access.me()));
        if (enrolment.isActive()) {
            throw new DomainException(enrolment.getStatus() == EnrolmentStatus.ENROLLED
                    ? "workshop.enrol.already" : "workshop.enrol.already-waiting");
        }
        MemberSummary member = members.summariesOf(List.of(memberId)).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        lockMember(memberId);
        List<WorkshopSession> own = sessions.findActiveOf(List.of(cohortId));
        LocalDate firstDay = own.isEmpty() ? today : own.getFirst().getStartsAt().toLocalDate();
        CourseDetails course = courses.findById(cohort.getCourseId()).orElseThrow(NotFoundException::new).toDetails();
        int age = Period.between(member.dateOfBirth(), firstDay).getYears();
        if (!course.admitsAge(age)) {
            throw new DomainException("workshop.enrol.age", age, ageRange(course));
        }
        members.eligibility(memberId, Activity.WORKSHOPS, today).orThrow();
        checkNoOverlap(cohort, own, memberId);
        long enrolled = enrolments.countByCohortIdAndStatus(cohortId, EnrolmentStatus.ENROLLED);
        enrolment.join(enrolled < cohort.getCapacity(), clock.instant());
        enrolments.saveAndFlush(enrolment);
        events.publishEvent(new MemberEnrolled(cohortId, memberId, enrolment.getStatus()));
        return roster(cohort).stream().filter(e -> e.memberId() == memberId).findFirst().orElseThrow();
    }

    /**
     * Takes a member out of the cohort or its waitlist. A freed place goes at once to the first person
     * waiting.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public void withdraw(long cohortId, long memberId) {
        Cohort cohort = cohorts.findForUpdate(cohortId).orElseThrow(NotFoundException::new);
        access.check(cohort);
        Enrolment enrolment = enrolments.findByCohortIdAndMemberId(cohortId, memberId)
                .filter(Enrolment::isActive)
                .orElseThrow(() -> new DomainException("workshop.withdraw.not-enrolled"));
        EnrolmentStatus previous = enrolment.getStatus();
        enrolment.withdraw(clock.instant());
        enrolments.saveAndFlush(enrolment);
        events.publishEvent(new EnrolmentWithdrawn(cohortId, memberId, previous));
        if (previous == EnrolmentStatus.ENROLLED) {
            waitlist.fill(cohort);
        }
    }

    /** Everyone enrolled, then the waitlist in order; withdrawn members are left out. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public List<EnrolmentDetails> roster(long cohortId) {
        return roster(access.cohort(cohortId));
    }

    private List<EnrolmentDetails> roster(Cohort cohort) {
        List<Enrolment> active = enrolments.findActiveOf(cohort.getId());
        Map<Long, MemberSummary> byId = members.summariesOf(active.stream().map(Enrolment::getMemberId).toList())
                .stream().collect(Collectors.toMap(MemberSummary::id, Function.identity()));
        List<EnrolmentDetails> rows = new ArrayList<>();
        int waiting = 0;
        for (Enrolment e : active) {
            MemberSummary member = byId.get(e.getMemberId());
            if (member == null) {
                continue; // anonymised since: no longer anyone to show
            }
            boolean waits = e.getStatus() == EnrolmentStatus.WAITLISTED;
            rows.add(new EnrolmentDetails(e.getId(), e.getVersion(), cohort.getId(), member.id(), member.memberNumber(),
                    member.fullName(), member.age(), member.minor(), e.getStatus(), waits ? ++waiting : 0,
                    LocalDate.ofInstant(e.getQueuedAt(), clock.getZone())));
        }
        return rows;
    }

    private void checkNoOverlap(Cohort cohort, List<WorkshopSession> own, long memberId) {
        List<Long> others = enrolments.findByMember(memberId, EnumSet.of(EnrolmentStatus.ENROLLED,
                        EnrolmentStatus.WAITLISTED)).stream()
                .map(Enrolment::getCohortId).filter(id -> id != cohort.getId()).toList();
        if (others.isEmpty() || own.isEmpty()) {
            return;
        }
        for (WorkshopSession theirs : sessions.findActiveOf(others)) {
            for (WorkshopSession mine : own) {
                if (mine.getStartsAt().isBefore(theirs.getEndsAt()) && theirs.getStartsAt().isBefore(mine.getEndsAt())) {
                    String name = cohorts.findById(theirs.getCohortId()).map(Cohort::getName).orElse("");
                    throw new DomainException("workshop.enrol.overlap", name, mine.getStartsAt().toLocalDate());
                }
            }
        }
    }

    /** Holds the member's lock row until the transaction ends (created on first use). */
    private void lockMember(long memberId) {
        entityManager.createNativeQuery("""
                INSERT INTO enrolment_member_lock (member_id) VALUES (?1)
                ON DUPLICATE KEY UPDATE member_id = member_id
                """).setParameter(1, memberId).executeUpdate();
    }

    private static String ageRange(CourseDetails course) {
        if (course.minAge() != null && course.maxAge() != null) {
            return course.minAge() + "–" + course.maxAge();
        }
        return course.minAge() != null ? "≥ " + course.minAge() : "≤ " + course.maxAge();
    }
}
