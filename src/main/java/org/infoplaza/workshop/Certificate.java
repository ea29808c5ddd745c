package org.infoplaza.workshop;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.infoplaza.shared.AbstractEntity;

/**
 * A certificate as issued: what it certifies is copied in (course title, hours, dates, centre, facilitators)
 * so a later rename changes neither the paper nor what a verification shows. The member is referred to by
 * id only; their name is read when the document is printed. A revoked certificate is kept, so its code
 * still answers "revoked".
 */
@Entity
@Table(name = "certificate")
class Certificate extends AbstractEntity {

    private String code;
    private long cohortId;
    private long memberId;
    private String courseTitle;
    private BigDecimal hours;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String centreName;
    private String facilitators;
    private Instant issuedAt;
    private long issuedBy;
    private Instant revokedAt;
    private Long revokedBy;
    private String revokeReason;

    protected Certificate() {
    }

    Certificate(String code, long cohortId, long memberId, Contents contents, Instant issuedAt, long issuedBy) {
        this.code = code;
        this.cohortId = cohortId;
        this.memberId = memberId;
        this.courseTitle = contents.courseTitle();
        this.hours = contents.hours();
        this.firstDay = contents.firstDay();
        this.lastDay = contents.lastDay();
        this.centreName = contents.centreName();
        this.facilitators = contents.facilitators();
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    /** What every certificate of one cohort says, apart from whom it names. */
    record Contents(String courseTitle, BigDecimal hours, LocalDate firstDay, LocalDate lastDay, String centreName,
            String facilitators) {
    }

    void revoke(String reason, Instant now, long by) {
        revokedAt = now;
        revokedBy = by;
        revokeReason = reason;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    String getCode() {
        return code;
    }

    long getCohortId() {
        return cohortId;
    }

    long getMemberId() {
        return memberId;
    }

    String getCourseTitle() {
        return courseTitle;
    }

    BigDecimal getHours() {
        return hours;
    }

    LocalDate getFirstDay() {
        return firstDay;
    }

    LocalDate getLastDay() {
        return lastDay;
    }

    String getCentreName() {
        return centreName;
    }

    String getFacilitators() {
        return facilitators;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    CertificateDetails toDetails() {
        return new CertificateDetails(getId(), getVersion(), code, cohortId, memberId, courseTitle, hours, firstDay,
                lastDay, centreName, facilitators, issuedAt, revokedAt, revokeReason);
    }
}
