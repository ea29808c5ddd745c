package org.infoplaza.reporting;

import java.time.Instant;

/** A month sent back to its centre: when, by whom and why. */
public record MonthReopening(Instant reopenedAt, String reopenedBy, String reason) {
}
