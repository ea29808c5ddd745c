package org.infoplaza.booking;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /**
     * Flags the centre's bookings still waiting for their member that start on the closed days; the version
     * moves on, so an operator acting on the unflagged booking is told it changed.
     */
    @Modifying
    @Query("""
            update Booking b set b.conflictReason = :reason, b.conflictReference = null, b.version = b.version + 1
            where b.centreId = :centreId and b.status = org.infoplaza.booking.BookingStatus.BOOKED
              and b.startsAt >= :from and b.startsAt < :to
            """)
    int flagConflicts(long centreId, LocalDateTime from, LocalDateTime to, String reason);

    /**
     * Flags the centre's bookings still waiting for their member that overlap a room reservation, with its
     * label and reference; a booking flagged already (by a closure or another reservation) keeps its flag.
     */
    @Modifying
    @Query("""
            update Booking b set b.conflictReason = :label, b.conflictReference = :reference, b.version = b.version + 1
            where b.centreId = :centreId and b.status = org.infoplaza.booking.BookingStatus.BOOKED
              and b.startsAt < :to and b.endsAt > :from and b.conflictReason is null
            """)
    int flagRoomConflicts(long centreId, LocalDateTime from, LocalDateTime to, String label, String reference);

    /** Takes the flags of these room reservations off the bookings still waiting for their member. */
    @Modifying
    @Query("""
            update Booking b set b.conflictReason = null, b.conflictReference = null, b.version = b.version + 1
            where b.conflictReference in :references and b.status = org.infoplaza.booking.BookingStatus.BOOKED
            """)
    int clearRoomConflicts(Collection<String> references);

    /** The room reservation kept its time but changed its label: its flags say the new one. */
    @Modifying
    @Query("""
            update Booking b set b.conflictReason = :label, b.version = b.version + 1
            where b.conflictReference = :reference and b.status = org.infoplaza.booking.BookingStatus.BOOKED
              and b.conflictReason <> :label
            """)
    int relabelRoomConflicts(String reference, String label);

    @Query("""
            select b from Booking b
            where b.centreId = :centreId and b.status = org.infoplaza.booking.BookingStatus.BOOKED
              and b.conflictReason is not null and b.endsAt > :after
            order by b.startsAt, b.stationId
            """)
    List<Booking> findConflicted(long centreId, LocalDateTime after);

    /** The member's bookings and sessions at these centres (all centres when {@code allCentres}), newest first. */
    @Query("""
            select b from Booking b
            where b.memberId = :memberId and (:allCentres = true or b.centreId in :centreIds)
            order by b.startsAt desc, b.id desc
            """)
    List<Booking> findOfMember(long memberId, boolean allCentres, Collection<Long> centreIds, Pageable pageable);

    @Query("""
            select b from Booking b
            where b.centreId = :centreId and b.status = org.infoplaza.booking.BookingStatus.COMPLETED
              and b.startsAt >= :from and b.startsAt < :to
            order by b.startsAt, b.id
            """)
    List<Booking> findCompletedStarting(long centreId, LocalDateTime from, LocalDateTime to);
}
