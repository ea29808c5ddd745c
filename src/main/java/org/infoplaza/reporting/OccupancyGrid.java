package org.infoplaza.reporting;

import java.time.YearMonth;
import java.util.List;

/**
 * Occupancy by weekday and hour in a month, for a heat map: for each weekday (Monday first) and each hour
 * from the earliest opening to the latest closing, the station-minutes used over those offered in that hour
 * on every such day of the month (0.5 is 50 %); null where the centres were not open. Visits, not people.
 */
public record OccupancyGrid(YearMonth month, String unitName, List<Integer> hours, List<List<Double>> rates) {

    public OccupancyGrid {
        hours = List.copyOf(hours);
        rates = rates.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                .toList();
    }
}
