package org.infoplaza.centre;

/** A district (municipality) under its province or comarca, for the residence selectors. */
public record DistrictOption(long id, long provinceId, String name) {
}
