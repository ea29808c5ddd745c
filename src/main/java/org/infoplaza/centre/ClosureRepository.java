package org.infoplaza.centre;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClosureRepository extends JpaRepository<Closure, Long> {

    @Query("select c from Closure c where c.centreId = :centreId and c.lastDay >= :from order by c.firstDay")
    List<Closure> findUpcoming(long centreId, LocalDate from);

    @Query("select c from Closure c where c.centreId = :centreId and c.lastDay >= :from and c.firstDay <= :to order by c.firstDay")
    List<Closure> findOverlapping(long centreId, LocalDate from, LocalDate to);
}
