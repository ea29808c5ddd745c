package org.infoplaza.workshop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberActivity;
import org.infoplaza.member.MemberActivitySource;
import org.infoplaza.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's workshop sessions with their attendance mark, for the member page's history, newest first:
 * only cohorts at centres in the caller's scope, like the station history.
 */
@Service
@Transactional(readOnly = true)
class WorkshopHistory implements MemberActivitySource {

    private static final int MAX_LIMIT = 200;
    private static final Set<Long> NO_IDS = Set.of(-1L);

    private final AttendanceRepository attendance;
    private final CourseRepository courses;
    private final CentreService centres;
    private final CurrentUser currentUser;

    WorkshopHistory(AttendanceRepository attendance, CourseRepository courses, CentreService centres,
            CurrentUser currentUser) {
        this.attendance = attendance;
        this.courses = courses;
        this.centres = centres;
        this.currentUser = currentUser;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<MemberActivity> activityOf(long memberId, int limit) {
        Set<Long> scope = currentUser.centreScope().orElse(null);
        List<Object[]> rows = attendance.findHistoryOf(memberId, scope == null,
                scope == null || scope.isEmpty() ? NO_IDS : scope, PageRequest.of(0, Math.clamp(limit, 1, MAX_LIMIT)));
        Map<Long, String> centreCodes = new HashMap<>();
        Map<Long, String> courseTitles = new HashMap<>();
        return rows.stream().map(row -> {
            Attendance mark = (Attendance) row[0];
            WorkshopSession session = (WorkshopSession) row[1];
            Cohort cohort = (Cohort) row[2];
            String course = courseTitles.computeIfAbsent(cohort.getCourseId(),
                    id -> courses.findById(id).map(Course::getTitle).orElse(""));
            return new MemberActivity(session.getStartsAt(), session.getEndsAt(),
                    centreCodes.computeIfAbsent(cohort.getCentreId(), id -> centres.get(id).code()),
                    course + " · " + cohort.getName(),
                    mark.isWalkIn() ? "workshop.history.walk-in" : "workshop.history.session",
                    "workshop.attendance.status." + mark.getStatus().name(), null);
        }).toList();
    }
}
