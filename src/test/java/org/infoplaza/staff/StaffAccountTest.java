package org.infoplaza.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.infoplaza.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The sign-in throttle as the entity keeps it, at explicit moments rather than "now". */
class StaffAccountTest {

    private static final int MAX_FAILURES = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Instant NINE_AM = Instant.parse("2025-03-10T14:00:00Z");

    private final StaffAccount account = anOperator();

    @Test
    void four_failures_in_a_row_do_not_lock() {
        failTimes(4, NINE_AM);

        assertThat(account.isLocked(NINE_AM)).isFalse();
        assertThat(account.toPrincipal(NINE_AM).isAccountNonLocked()).isTrue();
    }

    @Test
    void the_fifth_failure_locks_for_fifteen_minutes() {
        failTimes(5, NINE_AM);

        assertThat(account.isLocked(NINE_AM)).isTrue();
        assertThat(account.isLocked(NINE_AM.plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(account.isLocked(NINE_AM.plus(LOCK))).isFalse();
        assertThat(account.toPrincipal(NINE_AM).isAccountNonLocked()).isFalse();
    }

    @Test
    void failures_while_locked_do_not_extend_the_lock() {
        failTimes(5, NINE_AM);
        failTimes(3, NINE_AM.plus(Duration.ofMinutes(10)));

        assertThat(account.isLocked(NINE_AM.plus(LOCK))).isFalse();
    }

    @Test
    void after_the_lock_expires_the_count_starts_again() {
        failTimes(5, NINE_AM);
        Instant afterLock = NINE_AM.plus(LOCK).plusSeconds(1);

        failTimes(4, afterLock);
        assertThat(account.isLocked(afterLock)).as("four fresh failures after the lock").isFalse();

        failTimes(1, afterLock);
        assertThat(account.isLocked(afterLock)).as("the fifth fresh failure").isTrue();
    }

    @Test
    void a_successful_sign_in_resets_the_count_and_records_the_time() {
        failTimes(4, NINE_AM);
        Instant signIn = NINE_AM.plusSeconds(30);

        account.recordSuccessfulLogin(signIn);
        failTimes(4, signIn.plusSeconds(30));

        assertThat(account.isLocked(signIn.plusSeconds(30))).isFalse();
        assertThat(account.toDetails(signIn).lastLoginAt()).isEqualTo(signIn);
    }

    @Test
    void unlocking_lifts_the_lock_and_resets_the_count() {
        failTimes(5, NINE_AM);

        account.unlock();
        assertThat(account.isLocked(NINE_AM)).isFalse();

        failTimes(4, NINE_AM);
        assertThat(account.isLocked(NINE_AM)).isFalse();
    }

    private void failTimes(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at, MAX_FAILURES, LOCK);
        }
    }

    private static StaffAccount anOperator() {
        StaffAccount account = new StaffAccount("olga", "{noop}irrelevant", NINE_AM.minus(Duration.ofDays(30)));
        account.update(new StaffData("olga", "Olga Operadora", null, "es", Role.OPERATOR, Set.of(1L), true, 0));
        // As if stored: the database assigns the id that principals and details carry.
        ReflectionTestUtils.setField(account, "id", 1L);
        return account;
    }
}
