package org.infoplaza.reporting;

import java.time.YearMonth;
import java.util.Map;

/**
 * A month of training at the centres asked for: each centre's figures (every centre asked for is there, with
 * zeros when it ran nothing) and the centres together.
 */
public record TrainingMonth(YearMonth month, Map<Long, TrainingFigures> byCentre, TrainingFigures together) {

    public TrainingMonth {
        byCentre = Map.copyOf(byCentre);
    }
}
