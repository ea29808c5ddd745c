package org.infoplaza.workshop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.infoplaza.shared.AbstractEntity;

@Entity
@Table(name = "cohort")
class Cohort extends AbstractEntity {

    private long courseId;
    private long centreId;
    private String name;
    private int capacity;
    @Column(name = "enrolment_opens")
    private LocalDate enrolmentOpens;
    @Column(name = "enrolment_closes")
    private LocalDate enrolmentCloses;
    private boolean cancelled;
    private Instant createdAt;
    private long createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_facilitator", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "staff_id")
    private Set<Long> facilitatorIds = new HashSet<>();

    protected Cohort() {
    }

    Cohort(CohortData data, Instant createdAt, long createdBy) {
        this.courseId = data.courseId();
        this.centreId = data.centreId();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        apply(data);
    }

    void apply(CohortData data) {
        name = data.name().strip();
        capacity = data.capacity();
        enrolmentOpens = data.enrolmentOpens();
        enrolmentCloses = data.enrolmentCloses();
        facilitatorIds.clear();
        facilitatorIds.addAll(data.facilitatorIds());
    }

    long getCourseId() {
        return courseId;
    }

    long getCentreId() {
        return centreId;
    }

    String getName() {
        return name;
    }

    int getCapacity() {
        return capacity;
    }

    LocalDate getEnrolmentOpens() {
        return enrolmentOpens;
    }

    LocalDate getEnrolmentCloses() {
        return enrolmentCloses;
    }

    boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }

    Set<Long> getFacilitatorIds() {
        return Set.copyOf(facilitatorIds);
    }

    boolean isRunBy(long staffId) {
        return facilitatorIds.contains(staffId);
    }
}
