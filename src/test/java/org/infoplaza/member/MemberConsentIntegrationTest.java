package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.member.MemberRegistrations.aMember;
import static org.infoplaza.member.MemberRegistrations.today;

import java.time.LocalDate;
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

/** Consents over time (granted, expired, revoked, renewed) and what they allow a member to do. */
@IntegrationTest
class MemberConsentIntegrationTest {

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

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

    private static ConsentData guardianConsent(ConsentPurpose purpose, LocalDate grantedAt) {
        return new ConsentData(purpose, ConsentParty.GUARDIAN, grantedAt, ConsentChannel.IN_PERSON,
                ConsentData.CURRENT_TEXT_VERSION, true);
    }

    @Test
    void a_consent_granted_today_counts_from_today_until_the_same_day_next_year() {
        MemberDetails minor = members.register(aMember(centre.id()).minor().withConsent().build());

        ConsentDetails stations = members.recordConsent(minor.id(), guardianConsent(ConsentPurpose.STATION_USE, today()));

        assertThat(stations.expiresOn()).isEqualTo(today().plusYears(1));
        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.STATION_USE, today().minusDays(1))).isFalse();
        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.STATION_USE, today())).isTrue();
        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.STATION_USE, today().plusYears(1).minusDays(1))).isTrue();
        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.STATION_USE, today().plusYears(1))).isFalse();
    }

    @Test
    void a_consent_signed_months_ago_expires_a_year_after_signing_and_a_renewal_counts_again() {
        MemberDetails minor = members.register(aMember(centre.id()).minor().withConsent().build());
        LocalDate signed = today().minusMonths(11);
        members.recordConsent(minor.id(), guardianConsent(ConsentPurpose.WORKSHOPS, signed));
        LocalDate lapsed = signed.plusYears(1);

        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.WORKSHOPS, today())).isTrue();
        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.WORKSHOPS, lapsed)).isFalse();

        members.recordConsent(minor.id(), guardianConsent(ConsentPurpose.WORKSHOPS, today()));
        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.WORKSHOPS, lapsed)).isTrue();
        assertThat(members.get(minor.id()).consents()).filteredOn(c -> c.purpose() == ConsentPurpose.WORKSHOPS)
                .as("the earlier consent stays as history").hasSize(2);
    }

    @Test
    void a_revoked_consent_stops_counting_today_and_a_new_one_restores_it() {
        MemberDetails minor = members.register(aMember(centre.id()).minor().withStationConsent().build());
        assertThat(members.eligibility(minor.id(), Activity.STATION_USE, today()).allowed()).isTrue();

        members.revokeConsent(minor.id(), ConsentPurpose.STATION_USE);
        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.STATION_USE, today())).isFalse();
        assertThat(members.get(minor.id()).consents()).filteredOn(c -> c.purpose() == ConsentPurpose.STATION_USE)
                .singleElement().satisfies(c -> assertThat(c.revokedAt()).isNotNull());
        assertThat(members.eligibility(minor.id(), Activity.STATION_USE, today()).refusalKey())
                .isEqualTo("member.eligibility.no-consent.STATION_USE");

        members.recordConsent(minor.id(), guardianConsent(ConsentPurpose.STATION_USE, today()));
        assertThat(members.eligibility(minor.id(), Activity.STATION_USE, today()).allowed()).isTrue();
    }

    @Test
    void a_consent_dated_in_the_future_already_expired_or_given_by_a_minor_is_refused() {
        MemberDetails minor = members.register(aMember(centre.id()).minor().withConsent().build());

        assertThatThrownBy(() -> members.recordConsent(minor.id(), guardianConsent(ConsentPurpose.PHOTOS, today().plusDays(1))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.consent.date.future");
        assertThatThrownBy(() -> members.recordConsent(minor.id(), guardianConsent(ConsentPurpose.PHOTOS, today().minusYears(1))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.consent.date.expired");
        assertThatThrownBy(() -> members.recordConsent(minor.id(), new ConsentData(ConsentPurpose.PHOTOS,
                ConsentParty.MEMBER, today(), ConsentChannel.IN_PERSON, ConsentData.CURRENT_TEXT_VERSION, true)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.consent.minor-needs-guardian");
        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.PHOTOS, today())).isFalse();
    }

    @Test
    void a_minor_needs_data_processing_and_the_activitys_own_consent() {
        MemberDetails onlyData = members.register(aMember(centre.id()).minor().withConsent().build());
        assertThat(members.eligibility(onlyData.id(), Activity.STATION_USE, today()).refusalKey())
                .isEqualTo("member.eligibility.no-consent.STATION_USE");
        assertThat(members.eligibility(onlyData.id(), Activity.WORKSHOPS, today()).refusalKey())
                .isEqualTo("member.eligibility.no-consent.WORKSHOPS");

        MemberDetails stations = members.register(aMember(centre.id()).minor().withStationConsent().build());
        assertThat(members.eligibility(stations.id(), Activity.STATION_USE, today()).allowed()).isTrue();
        assertThat(members.eligibility(stations.id(), Activity.WORKSHOPS, today()).allowed()).isFalse();

        // Without data processing, the activity's consent alone is not enough, and the reason says so.
        members.revokeConsent(stations.id(), ConsentPurpose.DATA_PROCESSING);
        Eligibility refused = members.eligibility(stations.id(), Activity.STATION_USE, today());
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.refusalKey()).isEqualTo("member.eligibility.no-data-consent");
        assertThatThrownBy(refused::orThrow).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("member.eligibility.no-data-consent");
    }

    @Test
    void a_minor_turning_eighteen_no_longer_needs_the_guardians_consents() {
        MemberDetails minor = members.register(aMember(centre.id()).bornOn(today().minusYears(18).plusDays(10))
                .withConsent().build());
        assertThat(members.eligibility(minor.id(), Activity.WORKSHOPS, today()).allowed()).isFalse();
        assertThat(members.eligibility(minor.id(), Activity.WORKSHOPS, today().plusDays(10)).allowed()).isTrue();
    }

    @Test
    void an_adult_registers_with_their_own_consent_and_is_refused_only_after_withdrawing_it() {
        assertThatThrownBy(() -> members.register(aMember(centre.id()).withoutOwnConsent().build()))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.consent.own-required");

        MemberDetails adult = members.register(aMember(centre.id()).build());
        assertThat(adult.consents()).singleElement().satisfies(c -> {
            assertThat(c.purpose()).isEqualTo(ConsentPurpose.DATA_PROCESSING);
            assertThat(c.givenBy()).isEqualTo(ConsentParty.MEMBER);
        });
        assertThat(members.eligibility(adult.id(), Activity.STATION_USE, today()).allowed()).isTrue();
        assertThat(members.eligibility(adult.id(), Activity.WORKSHOPS, today()).allowed()).isTrue();

        members.revokeConsent(adult.id(), ConsentPurpose.DATA_PROCESSING);
        assertThat(members.eligibility(adult.id(), Activity.STATION_USE, today()).refusalKey())
                .isEqualTo("member.eligibility.withdrawn");
    }

    @Test
    void an_operator_of_another_centre_cannot_record_or_revoke_consents() {
        MemberDetails minor = members.register(aMember(centre.id()).minor().withConsent().build());

        SignedIn.as(fixtures.staff(Role.OPERATOR, fixtures.centre().id()));
        assertThatThrownBy(() -> members.recordConsent(minor.id(), guardianConsent(ConsentPurpose.PHOTOS, today())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.revokeConsent(minor.id(), ConsentPurpose.DATA_PROCESSING))
                .isInstanceOf(NotFoundException.class);
        // Booking a visitor from another centre must still learn whether the visitor may use a station, but
        // not which consent is missing: that stays with the member's own centre.
        assertThat(members.eligibility(minor.id(), Activity.STATION_USE, today()).refusalKey())
                .isEqualTo("member.eligibility.visitor.STATION_USE");
    }
}
