package org.infoplaza.booking;

import java.time.LocalDateTime;

/**
 * One stretch of time a workshop session wants the computer room of a centre. The reference is the caller's
 * stable name for it (e.g. {@code "workshop-session:42"}): reserving the same reference again moves the
 * reservation. The label is what the day board and the flagged bookings show (e.g. the workshop's title);
 * it must not name members.
 */
public record RoomUse(String reference, LocalDateTime start, LocalDateTime end, String label) {
}
