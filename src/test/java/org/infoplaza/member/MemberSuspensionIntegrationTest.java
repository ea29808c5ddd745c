package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.member.MemberRegistrations.aMember;
import static org.infoplaza.member.MemberRegistrations.today;

import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A centre suspends a member from stations and workshops until a day, and lifts it again. */
@IntegrationTest
class MemberSuspensionIntegrationTest {

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    CentreDetails centre;

    @BeforeEach
    void setUp() {
        centre = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_suspended_member_is_refused_stations_and_workshops_until_the_day_after_the_suspension() {
        MemberDetails adult = members.register(aMember(centre.id()).build());

        MemberDetails suspended = members.suspend(adult.id(), today().plusDays(3), "  Dañó un teclado  ");

        assertThat(suspended.suspendedUntil()).isEqualTo(today().plusDays(3));
        assertThat(suspended.suspensionReason()).isEqualTo("Dañó un teclado");
        for (Activity activity : Activity.values()) {
            Eligibility today = members.eligibility(adult.id(), activity, today());
            assertThat(today.refusalKey()).isEqualTo("member.eligibility.suspended");
            assertThat(today.arguments()).containsExactly(today().plusDays(3));
            assertThat(members.eligibility(adult.id(), activity, today().plusDays(3)).allowed()).isFalse();
            assertThat(members.eligibility(adult.id(), activity, today().plusDays(4)).allowed()).isTrue();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_audit WHERE member_id = ? AND action = 'SUSPENDED'",
                Long.class, adult.id())).isEqualTo(1);
    }

    @Test
    void lifting_the_suspension_allows_the_member_again_at_once() {
        MemberDetails minor = members.register(aMember(centre.id()).minor().withStationConsent().build());
        members.suspend(minor.id(), today().plusWeeks(2), "Peleas en la sala");

        MemberDetails lifted = members.liftSuspension(minor.id());

        assertThat(lifted.suspendedUntil()).isNull();
        assertThat(lifted.suspensionReason()).isNull();
        assertThat(members.eligibility(minor.id(), Activity.STATION_USE, today()).allowed()).isTrue();
    }

    @Test
    void a_suspension_needs_a_reason_and_a_day_not_in_the_past() {
        MemberDetails adult = members.register(aMember(centre.id()).build());

        assertThatThrownBy(() -> members.suspend(adult.id(), today().minusDays(1), "Motivo"))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "member.suspension.until.past");
        assertThatThrownBy(() -> members.suspend(adult.id(), today().plusDays(1), " "))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "member.suspension.reason.required");
        assertThat(members.get(adult.id()).suspendedUntil()).isNull();
    }

    @Test
    void an_operator_of_another_centre_cannot_suspend() {
        MemberDetails adult = members.register(aMember(centre.id()).build());
        SignedIn.as(fixtures.staff(Role.OPERATOR, fixtures.centre().id()));

        assertThatThrownBy(() -> members.suspend(adult.id(), today().plusDays(1), "Ajeno"))
                .isInstanceOf(NotFoundException.class);
    }
}
