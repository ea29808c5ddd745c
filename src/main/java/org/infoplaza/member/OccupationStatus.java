package org.infoplaza.member;

/** What an adult member does, for the indicators. */
public enum OccupationStatus {
    EMPLOYED, SELF_EMPLOYED, UNEMPLOYED, STUDENT, HOMEMAKER, RETIRED, OTHER
}
