package org.infoplaza.reporting;

import java.time.Clock;
import java.time.YearMonth;
import org.infoplaza.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a start, makes the releases of the last twelve finished months that lack one (after an upgrade, or
 * on a demo whose months never closed with the job), on a background thread, newest first: the first reader
 * of the trend or the public page then finds them stored instead of waiting for their protection. Off with
 * {@code infoplaza.reporting.release-warm-up=false} (the tests make their own).
 */
@Component
@ConditionalOnProperty(name = "infoplaza.reporting.release-warm-up", havingValue = "true", matchIfMissing = true)
class ReleaseWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReleaseWarmUp.class);

    private final Releases releases;
    private final Clock clock;

    ReleaseWarmUp(Releases releases, Clock clock) {
        this.releases = releases;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        Thread.ofVirtual().name("release-warm-up").start(() -> {
            for (int back = 0; back < IndicatorService.TREND_MONTHS; back++) {
                YearMonth month = last.minusMonths(back);
                try {
                    SystemAuthentication.run(() -> releases.ensure(month));
                } catch (RuntimeException e) {
                    log.warn("Could not make the release of {}; it will be made when first read", month, e);
                    return;
                }
            }
            log.info("Releases of the twelve months up to {} are ready", last);
        });
    }
}
