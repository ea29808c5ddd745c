package org.infoplaza.station;

/** Whether a station can be used; an out-of-service station always says why and since when. */
public enum StationStatus {
    IN_SERVICE, OUT_OF_SERVICE
}
