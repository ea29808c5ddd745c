package org.infoplaza.reporting;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/** How the reporting benchmarks write their figures: median, p95 and max in milliseconds, and the load. */
final class Timings {

    private Timings() {
    }

    /** "median | p95 | max" of the timings, in milliseconds with two decimals. */
    static String millis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f | %.2f | %.2f", sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** The machine's load average over the last minute, which the figures are read against. */
    static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
