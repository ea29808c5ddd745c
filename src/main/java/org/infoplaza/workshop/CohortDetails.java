package org.infoplaza.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.infoplaza.staff.StaffOption;

/** A cohort with its course, facilitators and sessions, for its page. */
public record CohortDetails(long id, long version, CourseDetails course, long centreId, String centreName,
        String name, int capacity, LocalDate enrolmentOpens, LocalDate enrolmentCloses,
        List<StaffOption> facilitators, List<SessionDetails> sessions, int enrolled, int waitlisted,
        boolean cancelled) {

    public CohortData toData() {
        Set<Long> facilitatorIds = Set.copyOf(facilitators.stream().map(StaffOption::id).toList());
        return new CohortData(course.id(), centreId, name, capacity, enrolmentOpens, enrolmentCloses, facilitatorIds,
                version);
    }

    /** The sessions that still count (not cancelled). */
    public List<SessionDetails> heldOrPlanned() {
        return sessions.stream().filter(s -> !s.cancelled()).toList();
    }
}
