package org.infoplaza.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.infoplaza.shared.AbstractEntity;
import org.infoplaza.shared.DomainException;

@Entity
@Table(name = "walk_in_ticket")
class WalkInTicket extends AbstractEntity {

    private long centreId;
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate day;
    private int number;
    private Long memberId;

    @Enumerated(EnumType.STRING)
    private VisitPurpose purpose;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime issuedAt;
    private Long offeredStationId;
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime offerExpiresAt;
    private Long bookingId;
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime closedAt;

    protected WalkInTicket() {
    }

    WalkInTicket(long centreId, LocalDate day, int number, Long memberId, VisitPurpose purpose, LocalDateTime now) {
        this.centreId = centreId;
        this.day = day;
        this.number = number;
        this.memberId = memberId;
        this.purpose = purpose;
        this.status = TicketStatus.WAITING;
        this.issuedAt = now;
    }

    /** The station is held for this ticket until {@code expiresAt}. */
    void offer(long stationId, LocalDateTime expiresAt) {
        if (status != TicketStatus.WAITING) {
            throw new DomainException("walk-in.ticket.not-waiting");
        }
        this.status = TicketStatus.OFFERED;
        this.offeredStationId = stationId;
        this.offerExpiresAt = expiresAt;
    }

    boolean offerExpired(LocalDateTime now) {
        return status == TicketStatus.OFFERED && !now.isBefore(offerExpiresAt);
    }

    void served(long bookingId, LocalDateTime now) {
        requireOffer(now);
        this.bookingId = bookingId;
        close(TicketStatus.SERVED, now);
    }

    void decline(LocalDateTime now) {
        if (status != TicketStatus.OFFERED) {
            throw new DomainException("walk-in.offer.none");
        }
        close(TicketStatus.DECLINED, now);
    }

    void expire(LocalDateTime now) {
        close(TicketStatus.EXPIRED, now);
    }

    void cancel(LocalDateTime now) {
        if (!status.active()) {
            throw new DomainException("walk-in.ticket.closed");
        }
        close(TicketStatus.CANCELLED, now);
    }

    /** The offer must still stand: not accepted twice, not after it expired. */
    void requireOffer(LocalDateTime now) {
        if (status != TicketStatus.OFFERED) {
            throw new DomainException("walk-in.offer.none");
        }
        if (offerExpired(now)) {
            throw new DomainException("walk-in.offer.expired");
        }
    }

    private void close(TicketStatus closedAs, LocalDateTime now) {
        this.status = closedAs;
        this.offeredStationId = null;
        this.offerExpiresAt = null;
        this.closedAt = now;
    }

    QueueTicket toTicket(int position, Integer estimatedWaitMinutes) {
        return new QueueTicket(getId(), getVersion(), centreId, number, memberId, purpose, status, position,
                estimatedWaitMinutes, offeredStationId, offerExpiresAt, bookingId, issuedAt);
    }

    long getCentreId() {
        return centreId;
    }

    LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    int getNumber() {
        return number;
    }

    Long getMemberId() {
        return memberId;
    }

    VisitPurpose getPurpose() {
        return purpose;
    }

    TicketStatus getStatus() {
        return status;
    }

    Long getOfferedStationId() {
        return offeredStationId;
    }

    LocalDate getDay() {
        return day;
    }

    LocalDateTime getClosedAt() {
        return closedAt;
    }

    Long getBookingId() {
        return bookingId;
    }
}
