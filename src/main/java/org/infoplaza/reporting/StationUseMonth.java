package org.infoplaza.reporting;

import java.time.YearMonth;
import java.util.Map;

/**
 * A month of station use at the centres asked for: each centre's figures (every centre asked for is there,
 * with zeros when unused) and the figures of all of them together, where a member who used two of the
 * centres is one unique member.
 */
public record StationUseMonth(YearMonth month, Map<Long, StationUseFigures> byCentre, StationUseFigures together) {

    public StationUseMonth {
        byCentre = Map.copyOf(byCentre);
    }
}
