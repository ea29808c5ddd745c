package org.infoplaza.testing;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/** How the benchmarks write their figures: percentiles and max in milliseconds, and the machine's load. */
public final class Timings {

    private Timings() {
    }

    /** "median | p95 | max" of the timings, in milliseconds with two decimals. */
    public static String millis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f | %.2f | %.2f", sorted[sorted.length / 2] / 1e6,
                percentile(sorted, 95) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** "p50 | p90 | p99 | max" of the timings, in milliseconds with one decimal; "– | – | – | –" for none. */
    public static String percentiles(long[] nanos) {
        if (nanos.length == 0) {
            return "– | – | – | –";
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f | %.1f | %.1f | %.1f", percentile(sorted, 50) / 1e6,
                percentile(sorted, 90) / 1e6, percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** The value below which {@code percent} % of the sorted timings fall (nearest rank). */
    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * (percent / 100.0)))];
    }

    /** The machine's load average over the last minute, which the figures are read against. */
    public static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
