package org.infoplaza.member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

    /**
     * Members whose member number is exactly the text (any centre: a visit), or whose document number is
     * the text within the caller's centres. Both are unique indexes, so this is two point lookups.
     */
    @Query("""
            select m.id from Member m
            where m.memberNumber = :exact
               or (m.idType in (org.infoplaza.member.IdType.CEDULA, org.infoplaza.member.IdType.PASSPORT)
                   and m.idNumber = :exact and (:allCentres = true or m.homeCentreId in :centreIds))
            """)
    List<Long> findIdsByNumber(String exact, boolean allCentres, Collection<Long> centreIds);

    Optional<Member> findByMemberNumber(String memberNumber);

    List<Member> findByDateOfBirth(LocalDate dateOfBirth);

    List<Member> findByIdTypeAndIdNumber(IdType idType, String idNumber);
}
