package org.infoplaza.station;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StationRepository extends JpaRepository<Station, Long> {

    @Query("""
            select s from Station s
            where s.centreId = :centreId
              and (:pattern = '%%' or upper(s.label) like :pattern escape '\\')
              and (:status is null or s.status = :status)
            """)
    Page<Station> search(long centreId, String pattern, StationStatus status, Pageable pageable);

    long countByCentreId(long centreId);

    long countByCentreIdAndStatus(long centreId, StationStatus status);

    boolean existsByCentreIdAndLabel(long centreId, String label);

    @Query("select s.label from Station s where s.centreId = :centreId and s.label in :labels")
    List<String> findLabelsTaken(long centreId, Collection<String> labels);
}
