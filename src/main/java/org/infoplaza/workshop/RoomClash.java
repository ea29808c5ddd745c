package org.infoplaza.workshop;

import java.time.LocalDateTime;

/** A booking at the centre that a session using the computer room would overlap; no personal data. */
public record RoomClash(LocalDateTime start, LocalDateTime end, String stationLabel, boolean inSession) {
}
