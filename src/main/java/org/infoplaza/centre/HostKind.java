package org.infoplaza.centre;

/** Who runs the centre locally on behalf of the secretariat. */
public enum HostKind {
    JUNTA_COMUNAL, ALCALDIA, NGO, OTHER
}
