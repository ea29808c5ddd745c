package org.infoplaza.workshop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A cohort's own fields, as its form edits them; the sessions are saved with it or edited one by one. */
public record CohortData(
        long courseId,
        long centreId,
        @NotBlank(message = "{workshop.cohort.name.required}") @Size(max = 120, message = "{workshop.cohort.name.length}") String name,
        @Min(value = 1, message = "{workshop.cohort.capacity.range}") @Max(value = 500, message = "{workshop.cohort.capacity.range}") int capacity,
        @NotNull(message = "{workshop.cohort.window.required}") LocalDate enrolmentOpens,
        @NotNull(message = "{workshop.cohort.window.required}") LocalDate enrolmentCloses,
        @NotNull Set<Long> facilitatorIds,
        long version) {

    public CohortData {
        facilitatorIds = facilitatorIds == null ? Set.of() : Set.copyOf(facilitatorIds);
    }
}
