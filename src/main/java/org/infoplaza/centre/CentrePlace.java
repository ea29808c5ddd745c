package org.infoplaza.centre;

/** Where a centre belongs, for what groups centres by municipality (reports): no name, no details. */
public record CentrePlace(long id, long municipalityId, boolean active) {
}
