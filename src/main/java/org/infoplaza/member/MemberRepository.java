package org.infoplaza.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

    /**
     * Members whose document number is the text, within the caller's centres (a unique index, so a point
     * lookup). Member numbers are looked up on their own ({@link #findByMemberNumber}), because a member of
     * another centre found by number is a visit to audit. Anonymised members are never found.
     */
    @Query("""
            select m.id from Member m
            where m.anonymisedAt is null
              and m.idType in (org.infoplaza.member.IdType.CEDULA, org.infoplaza.member.IdType.PASSPORT)
              and m.idNumber = :exact and (:allCentres = true or m.homeCentreId in :centreIds)
            """)
    List<Long> findIdsByDocument(String exact, boolean allCentres, Collection<Long> centreIds);

    /** Whether any member, anonymised or not, ever had this number: numbers are never given twice. */
    boolean existsByMemberNumber(String memberNumber);

    /** Members by full member numbers (a unique index), for a short number typed at the desk. */
    @Query("select m.id from Member m where m.anonymisedAt is null and m.memberNumber in :numbers")
    List<Long> findIdsByMemberNumbers(Collection<String> numbers);

    // Anonymised members are nobody any more: not found by number and never a duplicate candidate.
    @Query("select m from Member m where m.memberNumber = :memberNumber and m.anonymisedAt is null")
    Optional<Member> findByMemberNumber(String memberNumber);

    @Query("select m from Member m where m.dateOfBirth = :dateOfBirth and m.anonymisedAt is null")
    List<Member> findByDateOfBirth(LocalDate dateOfBirth);

    @Query("select m from Member m where m.idType = :idType and m.idNumber = :idNumber and m.anonymisedAt is null")
    List<Member> findByIdTypeAndIdNumber(IdType idType, String idNumber);

    /** Members not yet anonymised whose last activity was before {@code cutoff}, oldest first. */
    @Query("""
            select m.id from Member m
            where m.anonymisedAt is null and m.lastActiveOn < :cutoff
            order by m.lastActiveOn, m.id
            """)
    List<Long> findInactiveSince(LocalDate cutoff, Pageable pageable);

    /**
     * Moves the member's last activity forward to {@code day}, never back; one statement, so two desks
     * recording the same visit cannot undo each other, and without touching the row's version, so an
     * operator editing the member meanwhile is not told it changed.
     */
    @Modifying
    @Query("""
            update Member m set m.lastActiveOn = :day
            where m.id = :memberId and m.anonymisedAt is null and m.lastActiveOn < :day
            """)
    int moveLastActiveOn(long memberId, LocalDate day);

    /** Registrations at a centre in a period, anonymised members included: they still count in the reports. */
    @Query("""
            select m from Member m where m.homeCentreId = :centreId
            and m.registeredAt >= :from and m.registeredAt < :to order by m.registeredAt, m.id
            """)
    List<Member> findRegistered(long centreId, Instant from, Instant to);
}
