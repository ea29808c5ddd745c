package org.infoplaza.station;

import java.time.Instant;

/** One station as the grid and the edit form show it. */
public record StationDetails(long id, long version, long centreId, String label, StationKind kind,
        StationStatus status, String outOfServiceReason, Instant outOfServiceSince, Integer minAge, Integer maxAge,
        String notes) {

    public boolean inService() {
        return status == StationStatus.IN_SERVICE;
    }

    public StationData toData() {
        return new StationData(label, kind, minAge, maxAge, notes, version);
    }
}
