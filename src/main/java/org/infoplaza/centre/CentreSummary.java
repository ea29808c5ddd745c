package org.infoplaza.centre;

/**
 * One row of the centres grid. It carries the version it was read at, so activating or deactivating from
 * the grid is refused when someone changed the centre in the meantime.
 */
public record CentreSummary(long id, long version, String code, String name, String municipalityName,
        HostKind hostKind, boolean active) {
}
