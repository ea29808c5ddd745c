package org.infoplaza.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The throttle's stages at explicit moments: waits grow with failures, and no address can hold back another. */
class SignInThrottleTest {

    private static final String HOME = "10.0.0.1";
    private static final String ELSEWHERE = "203.0.113.9";

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-10T14:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void five_quick_failures_make_the_next_try_from_that_address_wait_seconds() {
        failTimes("olga", ELSEWHERE, 4);
        assertThat(throttle.mustWait("olga", ELSEWHERE)).as("after four").isFalse();

        failTimes("olga", ELSEWHERE, 1);
        assertThat(throttle.mustWait("olga", ELSEWHERE)).as("after five").isTrue();

        clock.pass(Duration.ofSeconds(12));
        assertThat(throttle.mustWait("olga", ELSEWHERE)).as("one token back after 12 s").isFalse();
    }

    @Test
    void the_wait_grows_with_the_number_of_failures() {
        failTimes("olga", ELSEWHERE, 10);
        clock.pass(Duration.ofMinutes(1));
        assertThat(throttle.mustWait("olga", ELSEWHERE)).as("after ten, a minute is not enough").isTrue();

        clock.pass(Duration.ofSeconds(30));
        assertThat(throttle.mustWait("olga", ELSEWHERE)).as("one ninety-second token of the 15-minute stage").isFalse();
    }

    @Test
    void failures_from_one_address_never_make_the_account_wait_at_another() {
        // An attacker spends everything one address may: the day's stage of the pair runs out first.
        for (int i = 0; i < 100; i++) {
            if (!throttle.mustWait("admin", ELSEWHERE)) {
                throttle.failed("admin", ELSEWHERE);
            }
            clock.pass(Duration.ofSeconds(30));
        }
        assertThat(throttle.mustWait("admin", ELSEWHERE)).isTrue();
        assertThat(throttle.mustWait("admin", HOME)).isFalse();
    }

    @Test
    void one_address_trying_many_usernames_is_held_back_for_all_of_them() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, ELSEWHERE);
        }

        assertThat(throttle.mustWait("someone-new", ELSEWHERE)).isTrue();
        assertThat(throttle.mustWait("someone-new", HOME)).isFalse();
    }

    @Test
    void a_guess_spread_over_many_addresses_holds_the_account_back_except_where_it_signed_in_before() {
        throttle.succeeded("admin", HOME);
        for (int i = 0; i < 50; i++) {
            throttle.failed("admin", "198.51.100." + i);
        }

        assertThat(throttle.mustWait("admin", "198.51.100.200")).as("a new address").isTrue();
        assertThat(throttle.mustWait("admin", HOME)).as("the address admin works from").isFalse();
        assertThat(throttle.heldBack("admin")).isTrue();
    }

    @Test
    void releasing_an_account_lets_it_try_again_at_once() {
        failTimes("olga", ELSEWHERE, 5);
        assertThat(throttle.heldBack("olga")).isTrue();

        throttle.release("olga");

        assertThat(throttle.heldBack("olga")).isFalse();
        assertThat(throttle.mustWait("olga", ELSEWHERE)).isFalse();
    }

    @Test
    void a_success_clears_the_failures_of_that_account_at_that_address() {
        failTimes("olga", HOME, 4);
        throttle.succeeded("olga", HOME);
        failTimes("olga", HOME, 4);

        assertThat(throttle.mustWait("olga", HOME)).isFalse();
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
