package org.infoplaza.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    boolean existsByCode(String code);

    List<Certificate> findByCohortIdOrderByIssuedAtDescIdDesc(long cohortId);

    List<Certificate> findByCohortIdAndMemberId(long cohortId, long memberId);
}
