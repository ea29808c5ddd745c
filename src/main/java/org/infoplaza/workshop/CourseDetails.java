package org.infoplaza.workshop;

import java.math.BigDecimal;
import java.util.List;

/** A course of the catalogue. */
public record CourseDetails(long id, long version, String title, Track track, String description, Integer minAge,
        Integer maxAge, int plannedSessions, BigDecimal plannedHours, int completionThreshold,
        boolean usesComputerRoom, List<String> questions, boolean active) {

    public CourseData toData() {
        return new CourseData(title, track, description, minAge, maxAge, plannedSessions, plannedHours,
                completionThreshold, usesComputerRoom, questions, version);
    }

    /** Whether a person of this age may take the course. */
    public boolean admitsAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }
}
