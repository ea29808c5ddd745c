package org.infoplaza.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SlotsTest {

    private static LocalDateTime at(int hour, int minute) {
        return LocalDateTime.of(2026, 3, 2, hour, minute);
    }

    @Test
    void an_hour_on_the_five_minute_marks_holds_twelve_slots() {
        assertThat(Slots.between(at(14, 0), at(15, 0))).hasSize(12).startsWith(at(14, 0)).endsWith(at(14, 55));
    }

    @Test
    void a_session_started_between_marks_holds_from_the_slot_it_started_in_to_the_slot_it_ends_in() {
        assertThat(Slots.slotOf(at(14, 8).plusSeconds(42))).isEqualTo(at(14, 5));
        assertThat(Slots.between(at(14, 8), at(15, 8))).hasSize(13).startsWith(at(14, 5)).endsWith(at(15, 5));
        assertThat(Slots.between(at(14, 8), at(14, 10))).containsExactly(at(14, 5));
    }

    @Test
    void no_time_holds_no_slot() {
        assertThat(Slots.between(at(14, 0), at(14, 0))).isEmpty();
    }
}
