package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.member.MemberRegistrations.aMember;
import static org.infoplaza.member.MemberRegistrations.today;

import java.time.LocalDate;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The statistics profile: sex and age band on a day, for the desk of any centre, never for the secretariat. */
@IntegrationTest
class MemberProfileIntegrationTest {

    @Autowired
    MemberService members;

    @Autowired
    MemberPrivacy privacy;

    @Autowired
    Fixtures fixtures;

    CentreDetails home;
    CentreDetails other;

    @BeforeEach
    void setUp() {
        home = fixtures.centre();
        other = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, home.id()));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_age_band_is_the_one_on_the_day_asked() {
        LocalDate birthday = today().minusYears(18).plusDays(10);
        long teen = members.register(aMember(home.id()).bornOn(birthday).sex(Sex.MALE).withConsent().build()).id();

        assertThat(members.profileOf(teen, birthday.plusYears(18).minusDays(1)))
                .isEqualTo(new MemberProfile(Sex.MALE, AgeBand.AGE_15_17));
        assertThat(members.profileOf(teen, birthday.plusYears(18)))
                .isEqualTo(new MemberProfile(Sex.MALE, AgeBand.AGE_18_24));
    }

    @Test
    void an_operator_of_another_centre_gets_the_profile_of_a_visiting_member() {
        long ana = members.register(aMember(home.id()).bornOn(today().minusYears(61)).build()).id();

        SignedIn.as(fixtures.staff(Role.OPERATOR, other.id()));

        assertThat(members.profileOf(ana, today())).isEqualTo(new MemberProfile(Sex.FEMALE, AgeBand.AGE_60_PLUS));
    }

    @Test
    void an_anonymised_member_still_has_a_profile() {
        long ana = members.register(aMember(home.id()).bornOn(today().minusYears(40)).sex(Sex.OTHER_OR_UNSAID)
                .build()).id();
        SystemAuthentication.run(() -> privacy.anonymise(ana));

        assertThat(members.profileOf(ana, today()))
                .isEqualTo(new MemberProfile(Sex.OTHER_OR_UNSAID, AgeBand.AGE_25_59));
    }

    @Test
    void the_secretariat_and_facilitators_cannot_ask_and_an_unknown_member_is_not_found() {
        long ana = members.register(aMember(home.id()).build()).id();

        assertThatThrownBy(() -> members.profileOf(Long.MAX_VALUE, today())).isInstanceOf(NotFoundException.class);
        SignedIn.as(Role.SECRETARIAT);
        assertThatThrownBy(() -> members.profileOf(ana, today())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(Role.FACILITATOR, home.id());
        assertThatThrownBy(() -> members.profileOf(ana, today())).isInstanceOf(AccessDeniedException.class);
    }
}
