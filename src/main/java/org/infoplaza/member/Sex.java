package org.infoplaza.member;

/** Sex as recorded for statistics. */
public enum Sex {
    FEMALE, MALE, OTHER_OR_UNSAID
}
