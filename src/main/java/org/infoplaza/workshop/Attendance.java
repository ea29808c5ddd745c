package org.infoplaza.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A member's mark for one session: one row per member and session, whatever the number of taps. Written
 * only by {@link AttendanceRepository#record}, in one statement; read here.
 */
@Entity
@Table(name = "attendance")
class Attendance {

    @Embeddable
    record Key(@Column(name = "session_id") long sessionId, @Column(name = "member_id") long memberId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    private boolean walkIn;
    private Instant recordedAt;
    private long recordedBy;

    protected Attendance() {
    }

    long getSessionId() {
        return key.sessionId();
    }

    long getMemberId() {
        return key.memberId();
    }

    AttendanceStatus getStatus() {
        return status;
    }

    boolean isWalkIn() {
        return walkIn;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
