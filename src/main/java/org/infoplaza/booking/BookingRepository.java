package org.infoplaza.booking;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {

    @Query("""
            select b from Booking b
            where b.centreId = :centreId and b.startsAt < :to and b.endsAt > :from
            order by b.stationId, b.startsAt
            """)
    List<Booking> findOverlapping(long centreId, LocalDateTime from, LocalDateTime to);

    @Query("""
            select b from Booking b
            where b.centreId = :centreId and b.status = org.infoplaza.booking.BookingStatus.BOOKED
              and b.startsAt < :startedBefore
            order by b.startsAt
            """)
    List<Booking> findWaitingSince(long centreId, LocalDateTime startedBefore);

    @Query("""
            select b from Booking b
            where b.centreId = :centreId and b.status = org.infoplaza.booking.BookingStatus.IN_SESSION
            order by b.endsAt
            """)
    List<Booking> findInSession(long centreId);

    @Query("""
            select b from Booking b
            where b.memberId = :memberId and b.startsAt >= :from and b.startsAt < :to and b.status in :statuses
            """)
    List<Booking> findByMemberStarting(long memberId, LocalDateTime from, LocalDateTime to,
            Collection<BookingStatus> statuses);
}
