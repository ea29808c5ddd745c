package org.infoplaza.station;

/** Grid filter: label fragment and, optionally, one status. */
public record StationFilter(String label, StationStatus status) {

    public static StationFilter none() {
        return new StationFilter("", null);
    }
}
