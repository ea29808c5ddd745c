package org.infoplaza.shared;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;

/**
 * Bucket4j's time, read from the application's {@link Clock}: the rate limits (sign-in, look-ups of other
 * centres' members, API tokens) refill as the clock says, so tests can move time on instead of waiting.
 */
public final class ClockTimeMeter implements TimeMeter {

    private final Clock clock;

    public ClockTimeMeter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long currentTimeNanos() {
        return clock.millis() * 1_000_000L;
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
