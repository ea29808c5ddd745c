package org.infoplaza.workshop;

/** One tap on the roster. An excused absence still counts as absent for completion. */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED
}
