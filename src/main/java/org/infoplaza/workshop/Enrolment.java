package org.infoplaza.workshop;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.infoplaza.shared.AbstractEntity;

@Entity
@Table(name = "enrolment")
class Enrolment extends AbstractEntity {

    private long cohortId;
    private long memberId;
    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;
    private Instant queuedAt;
    private Instant enrolledAt;
    private Instant withdrawnAt;
    private long createdBy;

    protected Enrolment() {
    }

    Enrolment(long cohortId, long memberId, long createdBy) {
        this.cohortId = cohortId;
        this.memberId = memberId;
        this.createdBy = createdBy;
        this.status = EnrolmentStatus.WITHDRAWN;
    }

    /** Takes a place, or a place at the end of the waitlist; a withdrawn row is reused when someone re-enrols. */
    void join(boolean placeFree, Instant now) {
        queuedAt = now;
        withdrawnAt = null;
        if (placeFree) {
            status = EnrolmentStatus.ENROLLED;
            enrolledAt = now;
        } else {
            status = EnrolmentStatus.WAITLISTED;
            enrolledAt = null;
        }
    }

    void promote(Instant now) {
        status = EnrolmentStatus.ENROLLED;
        enrolledAt = now;
    }

    void withdraw(Instant now) {
        status = EnrolmentStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    long getCohortId() {
        return cohortId;
    }

    long getMemberId() {
        return memberId;
    }

    EnrolmentStatus getStatus() {
        return status;
    }

    Instant getQueuedAt() {
        return queuedAt;
    }

    Instant getEnrolledAt() {
        return enrolledAt;
    }

    Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    boolean isActive() {
        return status != EnrolmentStatus.WITHDRAWN;
    }
}
