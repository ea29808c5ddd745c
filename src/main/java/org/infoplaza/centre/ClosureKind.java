package org.infoplaza.centre;

/** A public holiday, or a one-off closure such as a power cut or maintenance. */
public enum ClosureKind {
    HOLIDAY, ONE_OFF
}
