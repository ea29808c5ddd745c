package org.infoplaza.workshop;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the sessions that start soon and the members enrolled in them who were not reminded yet, and
 * enqueues their reminders. The {@code workshop_reminder} row and the outbox message are written in one
 * transaction; the row's primary key lets only one of two racing runs (on any node) claim a member's
 * session. A member without an e-mail address is claimed too, so later runs do not read them again.
 */
@Component
class WorkshopReminders {

    private final SessionRepository sessions;
    private final WorkshopNotices notices;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    WorkshopReminders(SessionRepository sessions, WorkshopNotices notices, JdbcTemplate jdbc, Clock clock) {
        this.sessions = sessions;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reminds the members enrolled in sessions that start after {@code now} and no later than {@code until}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int remindStartingBefore(LocalDateTime now, LocalDateTime until) {
        // Plain JDBC, like the booking reminders: session times are compared as the wall-clock values they are.
        List<Map<String, Object>> due = jdbc.queryForList("""
                SELECT s.id AS session_id, e.member_id AS member_id
                FROM workshop_session s
                JOIN cohort c ON c.id = s.cohort_id
                JOIN enrolment e ON e.cohort_id = s.cohort_id AND e.status = 'ENROLLED'
                WHERE s.cancelled = FALSE AND c.cancelled = FALSE AND s.starts_at > ? AND s.starts_at <= ?
                  AND NOT EXISTS (SELECT 1 FROM workshop_reminder r
                                  WHERE r.session_id = s.id AND r.member_id = e.member_id)
                ORDER BY s.starts_at, s.id, e.member_id
                """, now, until);
        int sent = 0;
        for (Map<String, Object> row : due) {
            long sessionId = ((Number) row.get("session_id")).longValue();
            long memberId = ((Number) row.get("member_id")).longValue();
            int claimed = jdbc.update("INSERT IGNORE INTO workshop_reminder (session_id, member_id, sent_at) VALUES (?, ?, ?)",
                    sessionId, memberId, clock.instant());
            if (claimed == 1 && notices.reminder(sessions.findById(sessionId).orElseThrow(), memberId)) {
                sent++;
            }
        }
        return sent;
    }
}
