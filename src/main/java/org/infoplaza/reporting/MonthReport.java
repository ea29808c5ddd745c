package org.infoplaza.reporting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.AbstractEntity;
import org.infoplaza.shared.DomainException;

/**
 * A centre's month in the monthly cycle. The entity holds the rules of the state machine; the service takes
 * the row lock before asking it to change, so two people acting at once change it one after the other and
 * the second sees what the first did.
 */
@Entity
@Table(name = "month_report")
class MonthReport extends AbstractEntity {

    private long centreId;
    private LocalDate reportMonth;

    @Enumerated(EnumType.STRING)
    private MonthReportStatus status;

    private Instant computedAt;
    private Long submittedBy;
    private String submittedByName;
    private Instant submittedAt;
    private Long acceptedBy;
    private String acceptedByName;
    private Instant acceptedAt;

    protected MonthReport() {
    }

    void submit(StaffPrincipal who, Instant now) {
        if (status == MonthReportStatus.ACCEPTED) {
            throw new DomainException("monthcycle.refused.locked");
        }
        if (!status.submittable()) {
            throw new DomainException("monthcycle.refused.already-submitted");
        }
        status = MonthReportStatus.SUBMITTED;
        submittedBy = who.id();
        submittedByName = who.displayName();
        submittedAt = now;
    }

    void accept(StaffPrincipal who, Instant now) {
        if (status == MonthReportStatus.ACCEPTED) {
            throw new DomainException("monthcycle.refused.already-accepted");
        }
        if (status != MonthReportStatus.SUBMITTED) {
            throw new DomainException("monthcycle.refused.not-submitted");
        }
        status = MonthReportStatus.ACCEPTED;
        acceptedBy = who.id();
        acceptedByName = who.displayName();
        acceptedAt = now;
    }

    /** Sends a submitted or accepted month back to the centre; the reason is recorded by the caller. */
    void reopen(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("monthcycle.refused.reason-required");
        }
        if (status != MonthReportStatus.SUBMITTED && status != MonthReportStatus.ACCEPTED) {
            throw new DomainException("monthcycle.refused.not-reopenable");
        }
        status = MonthReportStatus.REOPENED;
        acceptedBy = null;
        acceptedByName = null;
        acceptedAt = null;
    }

    long getCentreId() {
        return centreId;
    }

    YearMonth month() {
        return YearMonth.from(reportMonth);
    }

    MonthReportStatus getStatus() {
        return status;
    }

    MonthReportSummary toSummary(int revision) {
        return new MonthReportSummary(getId(), getVersion(), centreId, month(), status, computedAt, submittedByName,
                submittedAt, acceptedByName, acceptedAt, revision);
    }
}
