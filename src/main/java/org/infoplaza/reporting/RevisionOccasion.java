package org.infoplaza.reporting;

/** Why a snapshot of a month's figures was taken. */
public enum RevisionOccasion {
    /** The monthly job computed the month. */
    COMPUTED,
    SUBMITTED,
    ACCEPTED,
    /** The rollups no longer matched the last snapshot: a late check-out, a correction or a rebuild. */
    CORRECTED
}
