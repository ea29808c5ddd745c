package org.infoplaza.booking;

/** Why someone uses a station, recorded with one tap at check-in for the reports. */
public enum VisitPurpose {
    EDUCATION, EMPLOYMENT, GOVERNMENT_SERVICES, HEALTH, COMMUNICATION, ENTREPRENEURSHIP, TRAINING, LEISURE, OTHER
}
