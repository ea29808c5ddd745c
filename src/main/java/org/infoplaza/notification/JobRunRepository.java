package org.infoplaza.notification;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface JobRunRepository extends JpaRepository<JobRun, Long> {

    Optional<JobRun> findFirstByJobNameOrderByStartedAtDesc(String jobName);

    long countByJobName(String jobName);

    @Modifying
    @Query("delete from JobRun r where r.startedAt < :before")
    int deleteStartedBefore(Instant before);
}
