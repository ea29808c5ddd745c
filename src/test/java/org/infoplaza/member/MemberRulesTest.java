package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MemberRulesTest {

    @Test
    void age_goes_up_on_the_birthday_not_the_day_before() {
        LocalDate born = LocalDate.of(2008, 6, 15);
        assertThat(MemberRules.ageOn(born, LocalDate.of(2026, 6, 14))).isEqualTo(17);
        assertThat(MemberRules.ageOn(born, LocalDate.of(2026, 6, 15))).isEqualTo(18);
        assertThat(MemberRules.isMinorOn(born, LocalDate.of(2026, 6, 14))).isTrue();
        assertThat(MemberRules.isMinorOn(born, LocalDate.of(2026, 6, 15))).isFalse();
    }

    @Test
    void someone_born_on_29_february_turns_a_year_older_on_1_march_in_common_years() {
        LocalDate born = LocalDate.of(2008, 2, 29);
        assertThat(MemberRules.ageOn(born, LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(MemberRules.ageOn(born, LocalDate.of(2026, 3, 1))).isEqualTo(18);
        assertThat(MemberRules.ageOn(born, LocalDate.of(2028, 2, 29))).isEqualTo(20);
    }

    @Test
    void a_newborn_is_zero() {
        assertThat(MemberRules.ageOn(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8-123-4567", "PE-12-345", "E-1-1", "8AV-1-12", "4PI-1-1", "13-1234-123456", "N-1-1", " 8-1-1 ", "pe-1-1"})
    void valid_cedulas_match_the_documented_pattern(String number) {
        assertThat(MemberRules.isCedula(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"14-1-1", "8-12345-1", "abc", "8-1-1234567", "0-1-1", "8-123", "8--1", "14AV-1-1", ""})
    void malformed_cedulas_are_refused(String number) {
        assertThat(MemberRules.isCedula(number)).isFalse();
    }

    @Test
    void names_are_compared_without_accents_case_or_extra_spaces() {
        assertThat(MemberRules.normaliseName("  José  Ángel PÉREZ-Núñez ")).isEqualTo("jose angel perez nunez");
        assertThat(MemberRules.similarNames("ana perez", "ana maria perez gil")).isTrue();
        assertThat(MemberRules.similarNames("ana maria perez", "ana maria perez")).isTrue();
        assertThat(MemberRules.similarNames("ana perez", "luis perez")).isFalse();
        assertThat(MemberRules.similarNames("", "luis perez")).isFalse();
    }
}
