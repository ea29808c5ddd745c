package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The median wait read from a histogram of whole minutes, and when it is withheld. */
class QueueWaitsTest {

    @Test
    void an_odd_number_of_tickets_gives_the_middle_wait() {
        // Waits 2, 3, 3, 10, 40: the third is 3.
        assertThat(waits(Map.of(2, 1L, 3, 2L, 10, 1L, 40, 1L)).median()).isEqualTo(3.0);
    }

    @Test
    void an_even_number_of_tickets_gives_the_average_of_the_two_middle_waits() {
        // Waits 1, 4, 4, 6, 9, 30: the third and fourth are 4 and 6.
        assertThat(waits(Map.of(1, 1L, 4, 2L, 6, 1L, 9, 1L, 30, 1L)).median()).isEqualTo(5.0);
        // Both middle tickets in one bin.
        assertThat(waits(Map.of(0, 1L, 7, 2L, 12, 1L)).median()).isEqualTo(7.0);
        // Two bins only: 2, 2, 9, 9 gives 5.5.
        assertThat(waits(Map.of(2, 2L, 9, 2L)).median()).isEqualTo(5.5);
    }

    @Test
    void no_tickets_no_median_and_fewer_than_five_are_not_published() {
        assertThat(QueueWaits.none().median()).isNull();
        QueueWaits four = waits(Map.of(5, 2L, 8, 2L));
        assertThat(four.median()).isEqualTo(6.5);
        assertThat(four.publishedMedian()).isNull();
        QueueWaits five = four.plus(waits(Map.of(20, 1L)));
        assertThat(five.tickets()).isEqualTo(5);
        assertThat(five.publishedMedian()).isEqualTo(8.0);
    }

    @Test
    void histograms_of_two_centres_add_up_bin_by_bin() {
        QueueWaits together = waits(Map.of(3, 1L, 10, 2L)).plus(waits(Map.of(3, 2L, 15, 1L)));
        assertThat(together.histogram()).containsExactly(Map.entry(3, 3L), Map.entry(10, 2L), Map.entry(15, 1L));
        assertThat(together.median()).isEqualTo(6.5);
    }

    private static QueueWaits waits(Map<Integer, Long> histogram) {
        return new QueueWaits(new TreeMap<>(histogram));
    }
}
