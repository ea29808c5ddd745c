package org.infoplaza.workshop;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A course as its form edits it. The questionnaire is a short list of statements answered on a 1–5 scale
 * at the first and the last session; an empty list means the course has none.
 */
public record CourseData(
        @NotBlank(message = "{workshop.course.title.required}") @Size(max = 150, message = "{workshop.course.title.length}") String title,
        @NotNull(message = "{workshop.course.track.required}") Track track,
        @Size(max = 2000, message = "{workshop.course.description.length}") String description,
        @Min(value = 0, message = "{workshop.course.age.range}") @Max(value = 120, message = "{workshop.course.age.range}") Integer minAge,
        @Min(value = 0, message = "{workshop.course.age.range}") @Max(value = 120, message = "{workshop.course.age.range}") Integer maxAge,
        @Min(value = 1, message = "{workshop.course.sessions.range}") @Max(value = 200, message = "{workshop.course.sessions.range}") int plannedSessions,
        @NotNull(message = "{workshop.course.hours.range}") @DecimalMin(value = "0.5", message = "{workshop.course.hours.range}") @DecimalMax(value = "2000", message = "{workshop.course.hours.range}") BigDecimal plannedHours,
        @Min(value = 1, message = "{workshop.course.threshold.range}") @Max(value = 100, message = "{workshop.course.threshold.range}") int completionThreshold,
        boolean usesComputerRoom,
        @NotNull @Size(max = 12, message = "{workshop.course.questions.count}") List<@NotBlank(message = "{workshop.course.question.blank}") @Size(max = 300, message = "{workshop.course.question.length}") String> questions,
        long version) {

    /** The default a new course starts from: 80 % attendance to complete, as the programme suggests. */
    public static final int DEFAULT_THRESHOLD = 80;

    public CourseData {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
