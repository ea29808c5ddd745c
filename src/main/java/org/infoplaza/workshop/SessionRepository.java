package org.infoplaza.workshop;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionRepository extends JpaRepository<WorkshopSession, Long> {

    List<WorkshopSession> findByCohortIdOrderByStartsAt(long cohortId);

    @Query("""
            select s from WorkshopSession s
            where s.cohortId in :cohortIds and s.cancelled = false
            order by s.startsAt
            """)
    List<WorkshopSession> findActiveOf(Collection<Long> cohortIds);

    @Query("""
            select s from WorkshopSession s
            where s.startsAt >= :from and s.startsAt < :to and s.cancelled = false
            order by s.startsAt
            """)
    List<WorkshopSession> findStartingBetween(LocalDateTime from, LocalDateTime to);

    @Query("""
            select distinct s.cohortId from WorkshopSession s
            where s.startsAt >= :from and s.startsAt < :to
            """)
    List<Long> findCohortsMeetingBetween(LocalDateTime from, LocalDateTime to);
}
