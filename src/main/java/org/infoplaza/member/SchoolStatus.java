package org.infoplaza.member;

/** Whether a minor goes to school. */
public enum SchoolStatus {
    ENROLLED, NOT_ENROLLED
}
