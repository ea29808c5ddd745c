package org.infoplaza.centre;

/** A province or province-level comarca ({@code comarca} true), for the residence selectors. */
public record ProvinceOption(long id, String name, String isoCode, boolean comarca) {
}
