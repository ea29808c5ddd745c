package org.infoplaza.workshop;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.staff.StaffOption;
import org.infoplaza.staff.StaffService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The national course catalogue shared by every centre. The secretariat and administrators curate it: they
 * add, edit, retire and restore courses. Facilitators run cohorts of its courses and may propose a new one;
 * a proposal is not in the catalogue (no cohort can be opened for it) until a curator accepts it, possibly
 * after editing it, or declines it with a reason the facilitator reads. All staff who run or host workshops
 * read the catalogue. A course is retired rather than deleted, because cohorts and certificates refer to it.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CourseService {

    private static final int REASON_LENGTH = 300;

    private final CourseRepository courses;
    private final CourseProposalRepository proposals;
    private final StaffService staff;
    private final CurrentUser currentUser;
    private final Clock clock;

    CourseService(CourseRepository courses, CourseProposalRepository proposals, StaffService staff,
            CurrentUser currentUser, Clock clock) {
        this.courses = courses;
        this.proposals = proposals;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'OPERATOR', 'FACILITATOR')")
    public List<CourseDetails> list(boolean includeRetired) {
        return courses.findAllByOrderByTitle().stream().map(Course::toDetails)
                .filter(c -> includeRetired || c.active()).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'OPERATOR', 'FACILITATOR')")
    public CourseDetails get(long courseId) {
        return courses.findById(courseId).orElseThrow(NotFoundException::new).toDetails();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public CourseDetails create(@Valid CourseData data) {
        check(data);
        return courses.saveAndFlush(new Course(data, clock.instant())).toDetails();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public CourseDetails update(long courseId, @Valid CourseData data) {
        Course course = courses.findById(courseId).orElseThrow(NotFoundException::new);
        course.checkVersion(data.version());
        check(data);
        course.apply(data);
        return courses.saveAndFlush(course).toDetails();
    }

    /** Retires a course (no new cohorts) or brings it back. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public CourseDetails setActive(long courseId, long version, boolean active) {
        Course course = courses.findById(courseId).orElseThrow(NotFoundException::new);
        course.checkVersion(version);
        course.setActive(active);
        return courses.saveAndFlush(course).toDetails();
    }

    /** A facilitator proposes a course for the catalogue, by the same rules as a course. */
    @Transactional
    @PreAuthorize("hasRole('FACILITATOR')")
    public CourseProposalDetails propose(@Valid CourseData data) {
        check(data);
        long facilitatorId = currentUser.require().id();
        CourseProposal saved = proposals.saveAndFlush(new CourseProposal(data, facilitatorId, clock.instant()));
        return withNames(List.of(saved)).getFirst();
    }

    /**
     * Proposals newest first: every one for the curators, who decide on the pending ones; a facilitator's own
     * for the facilitator, to see what became of them.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FACILITATOR')")
    public List<CourseProposalDetails> proposals() {
        List<CourseProposal> found = currentUser.hasRole(Role.FACILITATOR)
                ? proposals.findByProposedByOrderByProposedAtDesc(currentUser.require().id())
                : proposals.findByStatusInOrderByProposedAtDesc(EnumSet.allOf(ProposalStatus.class));
        return withNames(found);
    }

    /**
     * A curator accepts a pending proposal: the course, as proposed or as the curator edited it
     * ({@code data.version()} is the proposal's version), enters the catalogue.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public CourseDetails accept(long proposalId, @Valid CourseData data) {
        CourseProposal proposal = proposals.findById(proposalId).orElseThrow(NotFoundException::new);
        proposal.checkVersion(data.version());
        proposal.checkPending();
        check(data);
        Course course = courses.saveAndFlush(new Course(data, clock.instant()));
        proposal.accept(course.getId(), currentUser.require().id(), clock.instant());
        proposals.saveAndFlush(proposal);
        return course.toDetails();
    }

    /** A curator declines a pending proposal, saying why (the facilitator reads it). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public CourseProposalDetails decline(long proposalId, long version, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_LENGTH) {
            throw new DomainException("workshop.proposal.reason.required", REASON_LENGTH);
        }
        CourseProposal proposal = proposals.findById(proposalId).orElseThrow(NotFoundException::new);
        proposal.checkVersion(version);
        proposal.decline(reason.strip(), currentUser.require().id(), clock.instant());
        return withNames(List.of(proposals.saveAndFlush(proposal))).getFirst();
    }

    private List<CourseProposalDetails> withNames(List<CourseProposal> found) {
        Map<Long, String> names = staff.namesOf(found.stream().map(CourseProposal::getProposedBy).toList()).stream()
                .collect(Collectors.toMap(StaffOption::id, StaffOption::displayName));
        return found.stream().map(p -> p.toDetails(names.getOrDefault(p.getProposedBy(), ""))).toList();
    }

    private static void check(CourseData data) {
        if (data.minAge() != null && data.maxAge() != null && data.minAge() > data.maxAge()) {
            throw new DomainException("workshop.course.age.order");
        }
    }
}
