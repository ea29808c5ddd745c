package org.infoplaza.workshop;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.infoplaza.shared.AbstractEntity;

/** One meeting of a cohort, in Panama wall-clock time stored unshifted (see the booking module's Booking). */
@Entity
@Table(name = "workshop_session")
class WorkshopSession extends AbstractEntity {

    private long cohortId;
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime startsAt;
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime endsAt;
    private boolean cancelled;
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime attendanceUnlockedUntil;

    protected WorkshopSession() {
    }

    WorkshopSession(long cohortId, LocalDateTime startsAt, LocalDateTime endsAt) {
        this.cohortId = cohortId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    long getCohortId() {
        return cohortId;
    }

    LocalDateTime getStartsAt() {
        return startsAt;
    }

    LocalDateTime getEndsAt() {
        return endsAt;
    }

    boolean isCancelled() {
        return cancelled;
    }

    void moveTo(LocalDateTime start, LocalDateTime end) {
        this.startsAt = start;
        this.endsAt = end;
    }

    void cancel() {
        cancelled = true;
    }

    void unlockAttendanceUntil(LocalDateTime until) {
        attendanceUnlockedUntil = until;
    }

    LocalDateTime getAttendanceUnlockedUntil() {
        return attendanceUnlockedUntil;
    }

    long minutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }

    /** The key under which the booking module holds the computer room for this session. */
    String roomReference() {
        return "workshop-session:" + getId();
    }

    SessionDetails toDetails(int position) {
        return new SessionDetails(getId(), getVersion(), cohortId, position, startsAt, endsAt, cancelled);
    }
}
