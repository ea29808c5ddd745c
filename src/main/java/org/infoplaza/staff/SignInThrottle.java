package org.infoplaza.staff;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.infoplaza.shared.ClockTimeMeter;
import org.springframework.stereotype.Component;

/**
 * How often sign-ins may fail before the next try must wait, as token buckets (Bucket4j): each failure takes
 * a token, and tokens come back with time. Three buckets guard every try, each with stages whose waits grow
 * (a few seconds after five quick failures, minutes after ten, about an hour after twenty):
 * <ul>
 * <li>an account from one client address: stops someone guessing one person's password;</li>
 * <li>a client address, whatever the account: stops one machine trying many usernames;</li>
 * <li>an account from any address, with room well above what one address may spend: stops a guess spread
 * over many machines. It never applies at an address the account has signed in from since this node
 * started, so the person keeps working from their usual desk while someone else is being held back.</li>
 * </ul>
 * Nothing here locks an account for good, and no single address can make an account wait elsewhere. Usernames
 * that do not exist are throttled exactly as real ones, so waiting tells nobody whether an account exists.
 * <p>
 * The buckets live in this node's memory: a restart forgets them, and each node of a cluster counts on its
 * own (docs/operations.md, "Security").
 */
@Component
class SignInThrottle {

    /** Buckets untouched this long are full again and can be forgotten. */
    private static final Duration LONGEST_WINDOW = Duration.ofDays(1);
    private static final int TIDY_ABOVE = 10_000;

    private static final List<Stage> ACCOUNT_AT_ADDRESS = List.of(
            new Stage(5, Duration.ofMinutes(1)), new Stage(10, Duration.ofMinutes(15)), new Stage(20, LONGEST_WINDOW));
    private static final List<Stage> ADDRESS = List.of(
            new Stage(20, Duration.ofMinutes(1)), new Stage(60, Duration.ofHours(1)), new Stage(200, LONGEST_WINDOW));
    private static final List<Stage> ACCOUNT = List.of(
            new Stage(50, Duration.ofHours(1)), new Stage(150, LONGEST_WINDOW));

    /** At most this many failures in this long; the tokens come back evenly over the period. */
    record Stage(int failures, Duration period) {
    }

    private record Key(String account, String address) {
    }

    private record Entry(Bucket bucket, Instant lastFailure) {
    }

    private final Clock clock;
    private final TimeMeter time;
    private final Map<Key, Entry> accountAtAddress = new ConcurrentHashMap<>();
    private final Map<String, Entry> address = new ConcurrentHashMap<>();
    private final Map<String, Entry> account = new ConcurrentHashMap<>();
    private final Set<Key> knownAddresses = ConcurrentHashMap.newKeySet();

    SignInThrottle(Clock clock) {
        this.clock = clock;
        this.time = new ClockTimeMeter(clock);
    }

    /** Whether a try of this username from this address must wait (and so is refused unchecked). */
    boolean mustWait(String username, String clientAddress) {
        Key key = new Key(username, clientAddress);
        return empty(accountAtAddress.get(key)) || empty(address.get(clientAddress))
                || (!knownAddresses.contains(key) && empty(account.get(username)));
    }

    /** Whether tries of this account must wait at some address (what administrators see as held back). */
    boolean heldBack(String username) {
        return empty(account.get(username)) || accountAtAddress.entrySet().stream()
                .anyMatch(e -> e.getKey().account().equals(username) && empty(e.getValue()));
    }

    void failed(String username, String clientAddress) {
        Instant now = clock.instant();
        take(accountAtAddress, new Key(username, clientAddress), ACCOUNT_AT_ADDRESS, now);
        take(address, clientAddress, ADDRESS, now);
        take(account, username, ACCOUNT, now);
    }

    /** A success clears the failures of this account at this address and makes the address a known one. */
    void succeeded(String username, String clientAddress) {
        Key key = new Key(username, clientAddress);
        accountAtAddress.remove(key);
        knownAddresses.add(key);
    }

    /** An administrator lets the account try again at once, from everywhere. */
    void release(String username) {
        account.remove(username);
        accountAtAddress.keySet().removeIf(key -> key.account().equals(username));
    }

    private <K> void take(Map<K, Entry> buckets, K key, List<Stage> stages, Instant now) {
        if (buckets.size() > TIDY_ABOVE) {
            Instant forgotten = now.minus(LONGEST_WINDOW);
            buckets.values().removeIf(entry -> entry.lastFailure().isBefore(forgotten));
        }
        Entry entry = buckets.compute(key, (k, old) -> new Entry(old == null ? bucket(stages) : old.bucket(), now));
        // Every failure counts, even one that raced past the check: the tokens may go into debt, the wait longer.
        entry.bucket().consumeIgnoringRateLimits(1);
    }

    private Bucket bucket(List<Stage> stages) {
        var builder = Bucket.builder().withCustomTimePrecision(time);
        stages.forEach(stage -> builder.addLimit(Bandwidth.builder().capacity(stage.failures())
                .refillGreedy(stage.failures(), stage.period()).build()));
        return builder.build();
    }

    private static boolean empty(Entry entry) {
        return entry != null && entry.bucket().getAvailableTokens() < 1;
    }
}
