package org.infoplaza.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.infoplaza.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Length over complexity: twelve characters or more, not the username, not a password everyone tries first. */
class PasswordPolicyTest {

    @Test
    void a_long_phrase_is_accepted_without_digits_or_symbols() {
        assertThatCode(() -> StaffService.checkPolicy("tres perros en la playa", "olga")).doesNotThrowAnyException();
    }

    @Test
    void eleven_characters_are_too_few() {
        assertRefused("abcdefghijk", "olga", "staff.password.too-short");
    }

    @Test
    void a_password_containing_the_username_is_refused_whatever_its_case() {
        assertRefused("Olga.Operadora-2025", "olga.operadora", "staff.password.contains-username");
    }

    @Test
    void a_common_password_is_refused() {
        assertRefused("Password1234", "olga", "staff.password.common");
        assertRefused("aaaaaaaaaaaaaa", "olga", "staff.password.common");
    }

    private static void assertRefused(String password, String username, String key) {
        assertThatThrownBy(() -> StaffService.checkPolicy(password, username))
                .isInstanceOfSatisfying(DomainException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.messageKey()).isEqualTo(key));
    }
}
