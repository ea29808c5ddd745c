package org.infoplaza.workshop;

/** Where a member stands in a cohort. */
public enum EnrolmentStatus {
    ENROLLED, WAITLISTED, WITHDRAWN
}
