package org.infoplaza.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.infoplaza.shared.PanamaTime;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the real Panama time unless a test stands at a moment of
 * its choosing with {@link #standAt}, and back to real time after {@link #reset}. One bean for every
 * integration test, so they keep sharing one Spring context; tests run one after the other.
 */
@TestComponent
@Primary
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void standAt(LocalDateTime panamaTime) {
        fixed = panamaTime.atZone(PanamaTime.ZONE).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return PanamaTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = fixed;
        return at != null ? Clock.fixed(at, zone) : Clock.system(zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }
}
