package org.infoplaza.station;

/** How many stations a centre has, and how many of them can be used now. */
public record StationCounts(long total, long inService) {

    public long outOfService() {
        return total - inService;
    }
}
