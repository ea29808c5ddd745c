package org.infoplaza.workshop;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    @Query("select a from Attendance a where a.key.sessionId = :sessionId")
    List<Attendance> findBySession(long sessionId);

    @Query("select a from Attendance a where a.key.sessionId in :sessionIds")
    List<Attendance> findBySessions(Collection<Long> sessionIds);
}
