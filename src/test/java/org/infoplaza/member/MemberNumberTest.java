package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberNumberTest {

    private final Random random = new Random(18);

    @Test
    void a_new_number_is_the_centre_code_and_nine_digits_that_pass_their_check() {
        for (int i = 0; i < 1_000; i++) {
            String number = MemberNumber.generate("COL-CRI", random);

            assertThat(number).matches("COL-CRI-[1-9][0-9]{8}");
            assertThat(MemberNumber.isWhole(number)).isTrue();
            assertThat(MemberNumber.isMistyped(number)).as(number).isFalse();
        }
    }

    @Test
    void new_numbers_do_not_follow_one_another() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            numbers.add(MemberNumber.generate("PAN-CUR", random));
        }

        assertThat(numbers).hasSize(1_000);
        assertThat(numbers).noneMatch(n -> n.startsWith("PAN-CUR-000"));
    }

    @Test
    void every_single_wrong_digit_is_caught() {
        String number = MemberNumber.generate("COL-CRI", random);
        int first = "COL-CRI-".length();
        for (int position = first; position < number.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == number.charAt(position)) {
                    continue;
                }
                String typo = number.substring(0, position) + digit + number.substring(position + 1);
                assertThat(MemberNumber.isMistyped(typo)).as(typo).isTrue();
            }
        }
    }

    @Test
    void every_swap_of_two_neighbouring_digits_is_caught() {
        for (int i = 0; i < 200; i++) {
            String number = MemberNumber.generate("COL-CRI", random);
            for (int position = "COL-CRI-".length() + 1; position < number.length() - 1; position++) {
                char a = number.charAt(position);
                char b = number.charAt(position + 1);
                if (a == b) {
                    continue;
                }
                String swapped = number.substring(0, position) + b + a + number.substring(position + 2);
                assertThat(MemberNumber.isMistyped(swapped)).as(swapped).isTrue();
            }
        }
    }

    @Test
    void numbers_given_before_and_anything_that_is_not_a_whole_number_are_never_mistyped() {
        assertThat(MemberNumber.isMistyped("COL-CRI-000031")).isFalse();
        assertThat(MemberNumber.isMistyped(MemberNumber.legacy("PAN-CUR", 38))).isFalse();
        assertThat(MemberNumber.isMistyped(MemberNumber.legacy("PAN-CUR", 1_234_567))).isFalse();
        assertThat(MemberNumber.isWhole("COL-CRI-000031")).isTrue();
        assertThat(MemberNumber.legacy("PAN-CUR", 38)).isEqualTo("PAN-CUR-000038");
        // Bare digits may be a passport number, a name is a name, a cédula is a document.
        assertThat(MemberNumber.isMistyped("123456789")).isFalse();
        assertThat(MemberNumber.isMistyped("Ana Pérez")).isFalse();
        assertThat(MemberNumber.isMistyped("8-123-4567")).isFalse();
        assertThat(MemberNumber.isWhole("8-123-4567")).isFalse();
        assertThat(MemberNumber.isWhole("Ana Pérez")).isFalse();
    }

    @Test
    void a_number_is_read_as_stored_whatever_the_case_and_spaces() {
        String number = MemberNumber.generate("COL-CRI", random);
        String typed = " " + number.toLowerCase().replace("-", "- ") + " ";

        assertThat(MemberNumber.normalise(typed)).isEqualTo(number);
        assertThat(MemberNumber.isMistyped(typed)).isFalse();
    }
}
