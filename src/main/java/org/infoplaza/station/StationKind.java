package org.infoplaza.station;

/** The kind of station; an accessible station has assistive hardware or software. */
public enum StationKind {
    DESKTOP, LAPTOP, ACCESSIBLE
}
