package org.infoplaza.reporting;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MonthReportRepository extends JpaRepository<MonthReport, Long> {

    Optional<MonthReport> findByCentreIdAndReportMonth(long centreId, LocalDate reportMonth);

    /** The row with its lock ({@code SELECT ... FOR UPDATE}), held until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from MonthReport r where r.id = :id")
    Optional<MonthReport> lockById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from MonthReport r where r.centreId = :centreId and r.reportMonth = :month")
    Optional<MonthReport> lockByCentreAndMonth(long centreId, LocalDate month);

    @Query("select r.id from MonthReport r where r.reportMonth between :from and :to and r.status in :statuses order by r.id")
    List<Long> idsOf(LocalDate from, LocalDate to, Collection<MonthReportStatus> statuses);

    @Query("""
            select r from MonthReport r
            where r.reportMonth = :month and (:status is null or r.status = :status)
              and (:allCentres = true or r.centreId in :centreIds)
            """)
    Page<MonthReport> search(LocalDate month, MonthReportStatus status, boolean allCentres,
            Collection<Long> centreIds, Pageable pageable);
}
