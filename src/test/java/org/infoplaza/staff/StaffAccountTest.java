package org.infoplaza.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.infoplaza.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class StaffAccountTest {

    private static final Instant NINE_AM = Instant.parse("2025-03-10T14:00:00Z");

    private final StaffAccount account = anOperator();

    @Test
    void a_successful_sign_in_records_the_time() {
        account.recordSuccessfulLogin(NINE_AM);

        assertThat(account.toDetails(false).lastLoginAt()).isEqualTo(NINE_AM);
    }

    @Test
    void an_account_held_back_by_the_throttle_shows_so_to_administrators() {
        assertThat(account.toDetails(true).locked()).isTrue();
        assertThat(account.toDetails(false).locked()).isFalse();
    }

    private static StaffAccount anOperator() {
        StaffAccount account = new StaffAccount("olga", "{noop}irrelevant", NINE_AM.minus(Duration.ofDays(30)));
        account.update(new StaffData("olga", "Olga Operadora", null, "es", Role.OPERATOR, Set.of(1L), true, 0));
        // As if stored: the database assigns the id that principals and details carry.
        ReflectionTestUtils.setField(account, "id", 1L);
        return account;
    }
}
