package org.infoplaza.centre;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A closure to record: one day or a range of days, with the reason people will be told. */
public record ClosureData(
        @NotNull(message = "{closure.first-day.required}") LocalDate firstDay,
        @NotNull(message = "{closure.last-day.required}") LocalDate lastDay,
        @NotNull(message = "{closure.kind.required}") ClosureKind kind,
        @NotBlank(message = "{closure.reason.required}") @Size(max = 200, message = "{closure.reason.size}") String reason) {

    @AssertTrue(message = "{closure.order}")
    public boolean isOrdered() {
        return firstDay == null || lastDay == null || !lastDay.isBefore(firstDay);
    }
}
