package org.infoplaza.reporting;

/** Where a centre's month is in the monthly cycle. */
public enum MonthReportStatus {
    /** Computed on the first of the next month; the centre reviews it. */
    OPEN,
    /** The centre sent it to the secretariat. */
    SUBMITTED,
    /** The secretariat accepted it: locked until someone reopens it with a reason. */
    ACCEPTED,
    /** Sent back to the centre with a recorded reason; the centre submits it again. */
    REOPENED;

    /** Whether the centre may submit the month in this state. */
    public boolean submittable() {
        return this == OPEN || this == REOPENED;
    }
}
