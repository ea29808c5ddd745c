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
     * exact member number (a visit).
     */
    @Query("""
            select m from Member m
            where (:allCentres = true or m.homeCentreId in :centreIds or m.memberNumber = :exact)
              and (:prefix = '%'
                   or m.normalisedName like :prefix or m.normalisedName like :wordPrefix
                   or m.memberNumber = :exact or m.idNumber = :exact)
            """)
    Page<Member> search(boolean allCentres, Collection<Long> centreIds, String prefix, String wordPrefix,
            String exact, Pageable pageable);

    Optional<Member> findByMemberNumber(String memberNumber);

    List<Member> findByDateOfBirth(LocalDate dateOfBirth);

    List<Member> findByIdTypeAndIdNumber(IdType idType, String idNumber);
}
