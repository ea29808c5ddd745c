package org.infoplaza.workshop;

import static org.infoplaza.workshop.WorkshopDesk.mondayAt;
import static org.infoplaza.workshop.WorkshopDesk.tuesdaysAndThursdays;

import java.util.List;
import java.util.Map;
import org.infoplaza.testing.TestClock;

/**
 * Test set-up for certificates: a cohort of ten two-hour sessions (Tuesdays and Thursdays for five weeks)
 * that has been held, each member present at as many sessions as asked and absent from the rest. The clock is
 * left an hour after the last session, when certificates can be issued. Run it signed in as the facilitator.
 */
public final class CertificateDesk {

    private CertificateDesk() {
    }

    public static CohortDetails heldCohort(CohortService cohorts, EnrolmentService enrolments,
            AttendanceService attendance, TestClock clock, long courseId, long centreId, long facilitatorId,
            Map<Long, Integer> presences) {
        clock.standAt(mondayAt(9, 0));
        CohortDetails cohort = WorkshopDesk.cohort(cohorts,
                WorkshopDesk.cohortData(courseId, centreId, 30, facilitatorId), tuesdaysAndThursdays(5));
        presences.keySet().forEach(member -> enrolments.enrol(cohort.id(), member));
        List<SessionDetails> sessions = cohort.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            clock.standAt(sessions.get(i).startsAt());
            for (Map.Entry<Long, Integer> presence : presences.entrySet()) {
                attendance.mark(sessions.get(i).id(), presence.getKey(),
                        i < presence.getValue() ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT);
            }
        }
        clock.standAt(sessions.getLast().endsAt().plusHours(1));
        return cohort;
    }
}
