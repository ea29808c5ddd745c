package org.infoplaza.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WalkInTicketRepository extends JpaRepository<WalkInTicket, Long> {

    /** The day's tickets still in the queue (waiting or offered a station), in the order they were issued. */
    @Query("""
            select t from WalkInTicket t
            where t.centreId = :centreId and t.day = :day
              and t.status in (org.infoplaza.booking.TicketStatus.WAITING, org.infoplaza.booking.TicketStatus.OFFERED)
            order by t.number
            """)
    List<WalkInTicket> findActive(long centreId, LocalDate day);

    /** Stations held now by offers at the centre; an offer that ran out holds nothing, even before it is passed on. */
    @Query("""
            select t.offeredStationId from WalkInTicket t
            where t.centreId = :centreId and t.status = org.infoplaza.booking.TicketStatus.OFFERED
              and t.offerExpiresAt > :now
            """)
    List<Long> findHeldStations(long centreId, LocalDateTime now);

    @Query("""
            select count(t) > 0 from WalkInTicket t
            where t.memberId = :memberId and t.day = :day
              and t.status in (org.infoplaza.booking.TicketStatus.WAITING, org.infoplaza.booking.TicketStatus.OFFERED)
            """)
    boolean memberInQueue(long memberId, LocalDate day);

    /** The member's queue tickets, newest first, for the member's data export. */
    List<WalkInTicket> findByMemberIdOrderByIssuedAtDescIdDesc(Long memberId);
}
