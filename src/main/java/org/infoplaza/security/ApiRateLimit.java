package org.infoplaza.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many requests each REST API token may make: a token bucket (Bucket4j) per token that holds
 * {@code infoplaza.api.rate-limit.requests} requests and fills again evenly over
 * {@code infoplaza.api.rate-limit.period}, so a client may send a burst of that many and then one every
 * period/requests. The bucket belongs to the token, not to its secret: rotating a token does not refill it.
 * <p>
 * The buckets live in this node's memory, like the sign-in throttle's: a restart forgets them and each node of
 * a cluster counts on its own (docs/reporting.md, "REST API"). Time comes from the application's clock.
 */
@Component
class ApiRateLimit {

    private final int requests;
    private final Duration period;
    private final TimeMeter time;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimit(@Value("${infoplaza.api.rate-limit.requests}") int requests,
            @Value("${infoplaza.api.rate-limit.period}") Duration period, Clock clock) {
        if (requests < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("infoplaza.api.rate-limit needs at least one request in a positive period");
        }
        this.requests = requests;
        this.period = period;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * Counts one request of the token.
     *
     * @return whether it may go on, how many requests are left, and when refused how many seconds until the
     *         next one may
     */
    Outcome take(long tokenId) {
        ConsumptionProbe probe = buckets.computeIfAbsent(tokenId, id -> bucket()).tryConsumeAndReturnRemaining(1);
        long waitSeconds = probe.isConsumed() ? 0
                : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Outcome(probe.isConsumed(), probe.getRemainingTokens(), waitSeconds);
    }

    int requests() {
        return requests;
    }

    Duration period() {
        return period;
    }

    record Outcome(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private Bucket bucket() {
        return Bucket.builder().withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build())
                .build();
    }
}
