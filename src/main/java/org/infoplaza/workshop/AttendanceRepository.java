package org.infoplaza.workshop;

import java.util.Collection;
import java.util.List;
import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    @Query("select a from Attendance a where a.key.sessionId = :sessionId")
    List<Attendance> findBySession(long sessionId);

    @Query("select a from Attendance a where a.key.sessionId in :sessionIds")
    List<Attendance> findBySessions(Collection<Long> sessionIds);

    /**
     * Records a tap in one statement: a new row, or the new mark on the existing one. Two people tapping the
     * same name at the same moment both succeed, the later mark wins, and a walk-in stays a walk-in.
     */
    @Modifying
    @Query(value = """
            INSERT INTO attendance (session_id, member_id, version, status, walk_in, recorded_at, recorded_by)
            VALUES (:sessionId, :memberId, 0, :status, :walkIn, :at, :by)
            ON DUPLICATE KEY UPDATE status = VALUES(status), recorded_at = VALUES(recorded_at),
                                    recorded_by = VALUES(recorded_by), version = version + 1
            """, nativeQuery = true)
    void record(long sessionId, long memberId, String status, boolean walkIn, Instant at, long by);

    /** The member's marks with their session and cohort, newest first, at the given centres (or all). */
    @Query("""
            select a, s, c from Attendance a, WorkshopSession s, Cohort c
            where a.key.memberId = :memberId and s.id = a.key.sessionId and c.id = s.cohortId
              and (:allCentres = true or c.centreId in :centreIds)
            order by s.startsAt desc
            """)
    List<Object[]> findHistoryOf(long memberId, boolean allCentres, Collection<Long> centreIds, Pageable pageable);
}
