package org.infoplaza.member;

/** What a consent covers; each purpose is an opt-in of its own. */
public enum ConsentPurpose {
    DATA_PROCESSING, STATION_USE, WORKSHOPS, PHOTOS, SENSITIVE_DATA, AGGREGATE_SHARING
}
