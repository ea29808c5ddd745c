package org.infoplaza.centre;

/** One row of the centres grid. */
public record CentreSummary(long id, String code, String name, String municipalityName, HostKind hostKind,
        boolean active) {
}
