package org.infoplaza.centre;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CentreRepository extends JpaRepository<Centre, Long> {

    /** {@code allCentres} false restricts the result to {@code ids} (the caller's centre scope). */
    @Query("""
            select c from Centre c join c.municipality m
            where (:pattern = '%%' or lower(c.code) like :pattern escape '\\' or lower(c.name) like :pattern escape '\\'
                   or lower(m.name) like :pattern escape '\\')
              and (:includeInactive = true or c.active = true)
              and (:allCentres = true or c.id in :ids)
            """)
    Page<Centre> search(String pattern, boolean includeInactive, boolean allCentres, Collection<Long> ids,
            Pageable pageable);

    @Query("select c from Centre c where c.active = true and (:allCentres = true or c.id in :ids) order by c.name")
    List<Centre> findActive(boolean allCentres, Collection<Long> ids);

    @EntityGraph(attributePaths = "openingHours")
    Optional<Centre> findWithHoursById(long id);

    /** As {@link #findActive}, with the opening hours and the municipality fetched in the same query. */
    @EntityGraph(attributePaths = {"openingHours", "municipality", "municipality.province"})
    @Query("select distinct c from Centre c where c.active = true and (:allCentres = true or c.id in :ids)")
    List<Centre> findActiveWithHours(boolean allCentres, Collection<Long> ids);

    @Query("select new org.infoplaza.centre.CentrePlace(c.id, c.municipality.id, c.active) from Centre c order by c.id")
    List<CentrePlace> findPlaces();

    boolean existsByCode(String code);
}
