package org.infoplaza.reporting;

/** Why a published cell shows a mark instead of its count, and the mark it shows. */
public enum SuppressionReason {

    /** The count is 1, 2, 3 or 4: small enough to point at a person. Shown as {@code <5}. */
    PRIMARY("<5", "reporting.legend.primary"),

    /**
     * The count is 5 or more, hidden so that the published totals and cells cannot give back a primary
     * cell. Shown as {@code x}. It is never a zero.
     */
    COMPLEMENTARY("x", "reporting.legend.complementary"),

    /**
     * No pattern of hidden cells protects the table (for example four cells of 1 and a grand total of 4),
     * so nothing in it is published. Shown as {@code x}, like a complementary cell.
     */
    WITHHELD("x", "reporting.legend.withheld"),

    /**
     * The month is not over, so its counts of people are not published yet: they leave only in the month's
     * release, protected together with everything else published for it (see {@link Releases}).
     */
    PENDING("\u2026", "reporting.legend.pending");

    /** The legend line saying that totals were hidden; see {@link SuppressedTable#hidesTotalsAsComplements()}. */
    public static final String TOTALS_HIDDEN_LEGEND_KEY = "reporting.legend.totals";

    private final String mark;
    private final String legendKey;

    SuppressionReason(String mark, String legendKey) {
        this.mark = mark;
        this.legendKey = legendKey;
    }

    /** The message key of the line that explains this mark under a published table. */
    public String legendKey() {
        return legendKey;
    }

    /** What people see in place of the count. */
    public String mark() {
        return mark;
    }
}
