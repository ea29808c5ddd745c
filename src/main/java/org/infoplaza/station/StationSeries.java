package org.infoplaza.station;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Several stations added at once, numbered from {@code from} to {@code to} after a prefix: "PC-", 1, 10 gives
 * PC-01 … PC-10. Numbers have at least two digits, and as many as the last number needs, so the labels sort
 * as people count. Kind and age limits apply to every station of the series.
 */
public record StationSeries(
        @NotBlank(message = "{station.series.prefix.required}") @Pattern(regexp = "[\\p{L}0-9 _-]{1,16}", message = "{station.series.prefix.format}") String prefix,
        @NotNull(message = "{station.series.number.required}") @Min(value = 0, message = "{station.series.number.range}") @Max(value = 999, message = "{station.series.number.range}") Integer from,
        @NotNull(message = "{station.series.number.required}") @Min(value = 0, message = "{station.series.number.range}") @Max(value = 999, message = "{station.series.number.range}") Integer to,
        @NotNull(message = "{station.kind.required}") StationKind kind,
        @Min(value = 0, message = "{station.age.range}") @Max(value = 120, message = "{station.age.range}") Integer minAge,
        @Min(value = 0, message = "{station.age.range}") @Max(value = 120, message = "{station.age.range}") Integer maxAge) {

    /** More than this at once is more likely a typo ("1 to 100") than a room of computers. */
    public static final int MAX_SIZE = 50;

    @AssertTrue(message = "{station.series.order}")
    public boolean isOrdered() {
        return from == null || to == null || from <= to;
    }

    @AssertTrue(message = "{station.series.size}")
    public boolean isSmallEnough() {
        return from == null || to == null || to - from < MAX_SIZE;
    }

    @AssertTrue(message = "{station.age.order}")
    public boolean isAgeRangeOrdered() {
        return minAge == null || maxAge == null || minAge <= maxAge;
    }

    /** The labels of the series, in order, as they will be stored. */
    public List<String> labels() {
        if (prefix == null || from == null || to == null || from > to) {
            return List.of();
        }
        String format = "%s%0" + Math.max(2, String.valueOf(to).length()) + "d";
        String start = prefix.strip();
        return IntStream.rangeClosed(from, to).mapToObj(n -> format.formatted(start, n))
                .map(Station::normaliseLabel).toList();
    }

    /** The data of one station of the series. */
    StationData station(String label) {
        return new StationData(label, kind, minAge, maxAge, null, 0);
    }
}
