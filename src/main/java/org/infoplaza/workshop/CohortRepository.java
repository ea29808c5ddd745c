package org.infoplaza.workshop;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    /** Enrolment and withdrawal take turns per cohort, so capacity and the waitlist order hold. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cohort c where c.id = :id")
    Optional<Cohort> findForUpdate(long id);

    @Query("""
            select c from Cohort c
            where (:allCentres = true or c.centreId in :centreIds)
              and (:centreId is null or c.centreId = :centreId)
              and (:facilitatorId is null or :facilitatorId member of c.facilitatorIds)
            order by c.enrolmentOpens desc, c.id desc
            """)
    List<Cohort> findVisible(boolean allCentres, Collection<Long> centreIds, Long centreId, Long facilitatorId);
}
