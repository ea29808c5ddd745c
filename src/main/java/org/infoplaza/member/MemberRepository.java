package org.infoplaza.member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

    /**
     * Name words start with the fragment (indexed prefix match on the whole name, then any later word),
     * or the text is exactly a member or document number. Members of other centres match only on their
     * exact member number (a visit). Anonymised members are never found.
     */
    @Query("""
            select m from Member m
            where m.anonymisedAt is null
              and (:allCentres = true or m.homeCentreId in :centreIds or m.memberNumber = :exact)
              and (:prefix = '%'
                   or m.normalisedName like :prefix or m.normalisedName like :wordPrefix
                   or m.memberNumber = :exact or m.idNumber = :exact)
            """)
    Page<Member> search(boolean allCentres, Collection<Long> centreIds, String prefix, String wordPrefix,
            String exact, Pageable pageable);

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
}
