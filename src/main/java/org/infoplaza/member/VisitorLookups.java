package org.infoplaza.member;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.infoplaza.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many members of other centres one staff member may look up by number, as token buckets (Bucket4j):
 * each look-up of a number outside the caller's centres takes a token, found or not, and tokens come back
 * evenly over an hour and a day. A desk serves its visitors well within the limits; someone trying numbers
 * to see who is registered elsewhere stops after a few dozen, and every member they did find is in the audit
 * log. The same number looked up again within {@link #SAME_LOOK_UP} (the grid reading its page and its count,
 * a second glance) is the same look-up: it takes no token and writes no second audit entry.
 * <p>
 * The buckets live in this node's memory: a restart forgets them, and each node of a cluster counts on its
 * own (docs/operations.md, "Security").
 */
@Component
class VisitorLookups {

    static final Duration SAME_LOOK_UP = Duration.ofMinutes(10);
    private static final int TIDY_ABOVE = 10_000;

    private static final Logger log = LoggerFactory.getLogger(VisitorLookups.class);

    private record Key(long staffId, String number) {
    }

    private final Clock clock;
    private final TimeMeter time;
    private final int perHour;
    private final int perDay;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<Key, Instant> recent = new ConcurrentHashMap<>();

    VisitorLookups(Clock clock, @Value("${infoplaza.members.visitor-lookups-per-hour:30}") int perHour,
            @Value("${infoplaza.members.visitor-lookups-per-day:120}") int perDay) {
        if (perHour < 1 || perDay < perHour) {
            throw new IllegalStateException("Visitor look-ups need at least one an hour and a day limit no lower");
        }
        this.clock = clock;
        this.perHour = perHour;
        this.perDay = perDay;
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
     * Counts a look-up of {@code number} outside the staff member's centres. Returns {@code false} when it is
     * a repeat of one counted within {@link #SAME_LOOK_UP} (nothing to count or audit again), {@code true}
     * for a new look-up; refuses with {@code member.lookup.throttled} (and the minutes to wait) when the
     * staff member has none left.
     */
    boolean count(long staffId, String number) {
        Instant now = clock.instant();
        Key key = new Key(staffId, number);
        Instant before = recent.get(key);
        if (before != null && before.isAfter(now.minus(SAME_LOOK_UP))) {
            return false;
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(staffId, id -> bucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            // Staff id only: the number tried says nothing to whoever reads the log, and may be somebody's.
            log.warn("Look-ups of other centres' members by staff account {} are held back", staffId);
            long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds();
            throw new DomainException("member.lookup.throttled", Math.max(1, (seconds + 59) / 60));
        }
        if (recent.size() > TIDY_ABOVE) {
            recent.values().removeIf(at -> at.isBefore(now.minus(SAME_LOOK_UP)));
        }
        recent.put(key, now);
        return true;
    }

    private Bucket bucket() {
        return Bucket.builder().withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .addLimit(Bandwidth.builder().capacity(perDay).refillGreedy(perDay, Duration.ofDays(1)).build())
                .build();
    }
}
