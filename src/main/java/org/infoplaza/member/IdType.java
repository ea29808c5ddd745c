package org.infoplaza.member;

/** The identity document a member showed, if any; a child never needs one to be served. */
public enum IdType {
    CEDULA, PASSPORT, NONE
}
