package org.infoplaza.reporting;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The walk-in queue's waits of a month as a histogram (whole minutes waited → tickets served), and the
 * median read from it. The median is withheld below {@link #SMALLEST_SHOWN} tickets, as the questionnaire
 * withholds a mean from fewer than five people: with two tickets, the median is their average, and one
 * visitor who knows their own wait would know the other's.
 */
record QueueWaits(NavigableMap<Integer, Long> histogram) {

    static final int SMALLEST_SHOWN = Suppression.SMALLEST_SHOWN;

    QueueWaits {
        histogram = new TreeMap<>(histogram);
    }

    static QueueWaits none() {
        return new QueueWaits(new TreeMap<>());
    }

    /** Both histograms together (the centres of a municipality). */
    QueueWaits plus(QueueWaits other) {
        NavigableMap<Integer, Long> sum = new TreeMap<>(histogram);
        other.histogram.forEach((minutes, tickets) -> sum.merge(minutes, tickets, Long::sum));
        return new QueueWaits(sum);
    }

    long tickets() {
        return histogram.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The median wait in minutes: the middle ticket's wait for an odd number of tickets, the average of the
     * two middle ones for an even number; null without tickets.
     */
    Double median() {
        long n = tickets();
        if (n == 0) {
            return null;
        }
        // The 1-based positions of the middle ticket(s): (n+1)/2 and (n+2)/2, the same one when n is odd.
        long lower = (n + 1) / 2;
        long upper = (n + 2) / 2;
        return (waitAt(lower) + waitAt(upper)) / 2.0;
    }

    /** The median, or null when fewer than {@link #SMALLEST_SHOWN} tickets make it up. */
    Double publishedMedian() {
        return tickets() < SMALLEST_SHOWN ? null : median();
    }

    private int waitAt(long position) {
        long seen = 0;
        for (Map.Entry<Integer, Long> bin : histogram.entrySet()) {
            seen += bin.getValue();
            if (seen >= position) {
                return bin.getKey();
            }
        }
        throw new IllegalStateException("No ticket at position " + position);
    }
}
