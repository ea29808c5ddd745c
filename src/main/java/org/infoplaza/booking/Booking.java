package org.infoplaza.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.infoplaza.shared.DomainException;

/**
 * A booking or session. Its times are Panama wall-clock times, stored as they are: they are mapped with
 * {@code SqlTypes.LOCAL_DATE_TIME} so Hibernate hands them to the driver unchanged instead of shifting them
 * from the JVM's zone to the {@code hibernate.jdbc.time_zone} (UTC) that the Instant columns use; the slot
 * rows written by plain JDBC hold the same values, whatever zone the server runs in.
 */
@Entity
@Table(name = "booking")
class Booking extends org.infoplaza.shared.AbstractEntity {

    private long centreId;
    private long stationId;
    private Long memberId;

    @Enumerated(EnumType.STRING)
    private BookingKind kind;

    @Enumerated(EnumType.STRING)
    private BookingStatus status;

    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime startsAt;
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime endsAt;
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime checkedInAt;
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime checkedOutAt;

    @Enumerated(EnumType.STRING)
    private VisitPurpose purpose;

    private Instant createdAt;
    private long createdBy;

    /** Why a closure added after booking conflicts with it; null when nothing does (or the operator kept it). */
    private String conflictReason;

    /** The room reservation whose label {@code conflictReason} holds; null for a closure's flag. */
    private String conflictReference;

    protected Booking() {
    }

    private Booking(long centreId, long stationId, Long memberId, BookingKind kind, LocalDateTime startsAt,
            LocalDateTime endsAt, Instant createdAt, long createdBy) {
        this.centreId = centreId;
        this.stationId = stationId;
        this.memberId = memberId;
        this.kind = kind;
        this.status = BookingStatus.BOOKED;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    static Booking booked(long centreId, long stationId, long memberId, LocalDateTime start, LocalDateTime end,
            Instant createdAt, long createdBy) {
        return new Booking(centreId, stationId, memberId, BookingKind.BOOKING, start, end, createdAt, createdBy);
    }

    /** A walk-in or guest session starts at once, already checked in. */
    static Booking session(BookingKind kind, long centreId, long stationId, Long memberId, LocalDateTime start,
            LocalDateTime end, VisitPurpose purpose, Instant createdAt, long createdBy) {
        Booking booking = new Booking(centreId, stationId, memberId, kind, start, end, createdAt, createdBy);
        booking.status = BookingStatus.IN_SESSION;
        booking.checkedInAt = start;
        booking.purpose = purpose;
        return booking;
    }

    /** Refuses check-in with the reason: a booking that is no longer (or already) waiting for its member. */
    void checkIn(LocalDateTime now, VisitPurpose purpose, int earlyMinutes, int graceMinutes) {
        switch (status) {
            case CANCELLED -> throw new DomainException("booking.check-in.cancelled");
            case NO_SHOW -> throw new DomainException("booking.check-in.no-show");
            case COMPLETED -> throw new DomainException("booking.check-in.completed");
            case IN_SESSION -> throw new DomainException("booking.check-in.already");
            case BOOKED -> { }
        }
        if (now.isBefore(startsAt.minusMinutes(earlyMinutes))) {
            throw new DomainException("booking.check-in.too-early", earlyMinutes);
        }
        if (now.isAfter(startsAt.plusMinutes(graceMinutes)) || !now.isBefore(endsAt)) {
            throw new DomainException("booking.check-in.too-late", graceMinutes);
        }
        this.status = BookingStatus.IN_SESSION;
        this.checkedInAt = now;
        this.purpose = purpose;
    }

    /** The session ends now; its time is counted up to now (never before its start). */
    void checkOut(LocalDateTime now) {
        if (status != BookingStatus.IN_SESSION) {
            throw new DomainException("booking.check-out.not-in-session");
        }
        this.status = BookingStatus.COMPLETED;
        this.checkedOutAt = now;
        this.endsAt = now.isBefore(startsAt) ? startsAt : now.isBefore(endsAt) ? now : endsAt;
    }

    void cancel() {
        if (status != BookingStatus.BOOKED) {
            throw new DomainException("booking.cancel.not-booked");
        }
        this.status = BookingStatus.CANCELLED;
    }

    /** The member did not check in within the grace period: the booking gives its time back. */
    void releaseAsNoShow() {
        if (status != BookingStatus.BOOKED) {
            throw new DomainException("booking.no-show.not-booked");
        }
        this.status = BookingStatus.NO_SHOW;
    }

    void extendTo(LocalDateTime newEnd) {
        if (status != BookingStatus.BOOKED && status != BookingStatus.IN_SESSION) {
            throw new DomainException("booking.extend.not-active");
        }
        this.endsAt = newEnd;
    }

    /** The operator keeps the booking although a closure conflicts with it (e.g. the centre opens for it). */
    void keepDespiteConflict() {
        if (conflictReason == null) {
            throw new DomainException("booking.conflict.none");
        }
        this.conflictReason = null;
        this.conflictReference = null;
    }

    long minutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }

    BookingDetails toDetails() {
        return new BookingDetails(getId(), getVersion(), centreId, stationId, memberId, kind, status, startsAt, endsAt,
                checkedInAt, checkedOutAt, purpose, conflictReason);
    }

    long getCentreId() {
        return centreId;
    }

    long getStationId() {
        return stationId;
    }

    Long getMemberId() {
        return memberId;
    }

    BookingKind getKind() {
        return kind;
    }

    BookingStatus getStatus() {
        return status;
    }

    LocalDateTime getStartsAt() {
        return startsAt;
    }

    LocalDateTime getEndsAt() {
        return endsAt;
    }

    VisitPurpose getPurpose() {
        return purpose;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
