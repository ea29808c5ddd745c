package org.infoplaza.workshop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    boolean existsByCode(String code);

    List<Certificate> findByCohortIdOrderByIssuedAtDescIdDesc(long cohortId);

    List<Certificate> findByCohortIdAndMemberId(long cohortId, long memberId);

    @Query("select distinct c.cohortId from Certificate c where c.issuedAt >= :from and c.issuedAt < :to")
    List<Long> findCohortsIssuingBetween(Instant from, Instant to);

    /** Every certificate of the member, revoked ones too, newest first, for the member's data export. */
    List<Certificate> findByMemberIdOrderByIssuedAtDescIdDesc(long memberId);
}
