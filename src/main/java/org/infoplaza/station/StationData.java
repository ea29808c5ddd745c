package org.infoplaza.station;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to add or change a station. {@code version} is the version the form was
 * loaded from (0 for a new station), so a stale save is refused rather than overwriting a colleague.
 */
public record StationData(
        @NotBlank(message = "{station.label.required}") @Pattern(regexp = "[\\p{L}0-9 _-]{1,20}", message = "{station.label.format}") String label,
        @NotNull(message = "{station.kind.required}") StationKind kind,
        @Min(value = 0, message = "{station.age.range}") @Max(value = 120, message = "{station.age.range}") Integer minAge,
        @Min(value = 0, message = "{station.age.range}") @Max(value = 120, message = "{station.age.range}") Integer maxAge,
        @Size(max = 500, message = "{station.notes.size}") String notes,
        long version) {

    @AssertTrue(message = "{station.age.order}")
    public boolean isAgeRangeOrdered() {
        return minAge == null || maxAge == null || minAge <= maxAge;
    }
}
