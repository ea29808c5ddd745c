package org.infoplaza.workshop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.infoplaza.shared.AbstractEntity;
import org.infoplaza.shared.DomainException;

/** A course a facilitator proposed for the catalogue, with the curators' decision once taken. */
@Entity
@Table(name = "course_proposal")
class CourseProposal extends AbstractEntity {

    private String title;
    @Enumerated(EnumType.STRING)
    private Track track;
    private String description;
    private Integer minAge;
    private Integer maxAge;
    private int plannedSessions;
    private BigDecimal plannedHours;
    private int completionThreshold;
    private boolean usesComputerRoom;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status = ProposalStatus.PENDING;
    private long proposedBy;
    private Instant proposedAt;
    private Long decidedBy;
    private Instant decidedAt;
    private String declineReason;
    private Long courseId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_proposal_question", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> questions = new ArrayList<>();

    protected CourseProposal() {
    }

    CourseProposal(CourseData data, long proposedBy, Instant proposedAt) {
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        title = data.title().strip();
        track = data.track();
        description = data.description() == null || data.description().isBlank() ? null : data.description().strip();
        minAge = data.minAge();
        maxAge = data.maxAge();
        plannedSessions = data.plannedSessions();
        plannedHours = data.plannedHours();
        completionThreshold = data.completionThreshold();
        usesComputerRoom = data.usesComputerRoom();
        data.questions().forEach(q -> questions.add(q.strip()));
    }

    void accept(long courseId, long curatorId, Instant now) {
        checkPending();
        this.status = ProposalStatus.ACCEPTED;
        this.courseId = courseId;
        this.decidedBy = curatorId;
        this.decidedAt = now;
    }

    void decline(String reason, long curatorId, Instant now) {
        checkPending();
        this.status = ProposalStatus.DECLINED;
        this.declineReason = reason;
        this.decidedBy = curatorId;
        this.decidedAt = now;
    }

    /** Refuses a second decision: a proposal is accepted or declined once. */
    void checkPending() {
        if (status != ProposalStatus.PENDING) {
            throw new DomainException("workshop.proposal.decided");
        }
    }

    long getProposedBy() {
        return proposedBy;
    }

    CourseProposalDetails toDetails(String proposedByName) {
        CourseData data = new CourseData(title, track, description, minAge, maxAge, plannedSessions, plannedHours,
                completionThreshold, usesComputerRoom, List.copyOf(questions), getVersion());
        return new CourseProposalDetails(getId(), getVersion(), data, status, proposedBy, proposedByName, proposedAt,
                decidedAt, declineReason, courseId);
    }
}
