package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.member.MemberRegistrations.aMember;

import jakarta.validation.ConstraintViolationException;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CorregimientoOption;
import org.infoplaza.centre.DistrictOption;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.security.Role;
import org.infoplaza.shared.DomainException;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Residence by reference corregimiento, and the sensitive fields that need their own consent. */
@IntegrationTest
class MemberSensitiveDataIntegrationTest {

    @Autowired
    MemberService members;

    @Autowired
    GeographyService geography;

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

    @Test
    void an_adult_without_consent_to_sensitive_data_is_refused_and_nothing_is_stored() {
        MemberRegistrations adult = aMember(centre.id()).withEthnicity(Ethnicity.GUNA);

        assertThatThrownBy(() -> members.register(adult.build()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.sensitive.consent-required"));
        assertThat(members.count(new MemberFilter(adult.givenNames()))).isZero();
        assertThatThrownBy(() -> members.register(aMember(centre.id()).withDisability(Disability.NO).build()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void a_minor_needs_the_guardians_consent_to_sensitive_data_not_their_own() {
        MemberRegistrations minor = aMember(centre.id()).minor().withConsent().withEthnicity(Ethnicity.EMBERA)
                .withSensitiveDataConsentBy(ConsentParty.MEMBER);

        assertThatThrownBy(() -> members.register(minor.build()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.sensitive.guardian-consent-required"));

        MemberDetails saved = members.register(aMember(centre.id()).minor().withConsent()
                .withEthnicity(Ethnicity.EMBERA).withSensitiveDataConsent().build());
        assertThat(members.get(saved.id()).ethnicity()).containsExactly(Ethnicity.EMBERA);
    }

    @Test
    void with_consent_an_indigenous_people_and_afro_descendance_are_kept_together_with_disability() {
        MemberDetails saved = members.register(aMember(centre.id()).withSensitiveDataConsent()
                .withEthnicity(Ethnicity.NGABE, Ethnicity.AFRO_DESCENDANT).withDisability(Disability.YES).build());

        MemberDetails read = members.get(saved.id());
        assertThat(read.ethnicity()).containsExactlyInAnyOrder(Ethnicity.NGABE, Ethnicity.AFRO_DESCENDANT);
        assertThat(read.disability()).isEqualTo(Disability.YES);
    }

    @Test
    void two_indigenous_peoples_or_none_with_another_answer_are_invalid() {
        MemberRegistration two = aMember(centre.id()).withSensitiveDataConsent()
                .withEthnicity(Ethnicity.NGABE, Ethnicity.BUGLE).build();
        MemberRegistration noneAndAfro = aMember(centre.id()).withSensitiveDataConsent()
                .withEthnicity(Ethnicity.NONE, Ethnicity.AFRO_DESCENDANT).build();

        assertThatThrownBy(() -> members.register(two)).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> members.register(noneAndAfro)).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void revoking_the_sensitive_data_consent_erases_the_sensitive_fields_and_other_revocations_do_not() {
        MemberDetails saved = members.register(aMember(centre.id()).withSensitiveDataConsent()
                .withEthnicity(Ethnicity.PREFERS_NOT_TO_SAY).withDisability(Disability.NO).build());

        members.revokeConsent(saved.id(), ConsentPurpose.PHOTOS);
        assertThat(members.get(saved.id()).disability()).isEqualTo(Disability.NO);

        members.revokeConsent(saved.id(), ConsentPurpose.SENSITIVE_DATA);

        MemberDetails read = members.get(saved.id());
        assertThat(read.ethnicity()).isEmpty();
        assertThat(read.disability()).isNull();
        assertThat(read.givenNames()).isEqualTo(saved.givenNames());
        assertThat(read.consents()).filteredOn(c -> c.purpose() == ConsentPurpose.SENSITIVE_DATA)
                .singleElement().satisfies(c -> assertThat(c.revokedAt()).isNotNull());
    }

    @Test
    void an_operator_of_another_centre_cannot_read_the_sensitive_fields() {
        MemberDetails saved = members.register(aMember(centre.id()).withSensitiveDataConsent()
                .withEthnicity(Ethnicity.GUNA).build());
        SignedIn.as(Role.OPERATOR, fixtures.centre().id());

        assertThatThrownBy(() -> members.get(saved.id())).isInstanceOf(org.infoplaza.shared.NotFoundException.class);
    }

    @Test
    void the_residence_is_a_current_corregimiento_of_the_chosen_district() {
        DistrictOption district = geography.districtOfCentre(centre.id()).orElseThrow();
        CorregimientoOption corregimiento = geography.currentCorregimientos(district.id()).getFirst();

        MemberDetails saved = members.register(aMember(centre.id()).livingIn(district.id(), corregimiento.id()).build());
        assertThat(members.get(saved.id()).corregimientoId()).isEqualTo(corregimiento.id());
        assertThat(members.get(saved.id()).municipalityId()).isEqualTo(district.id());

        DistrictOption other = geography.districts(district.provinceId()).stream()
                .filter(d -> d.id() != district.id()).findFirst().orElseThrow();
        assertThatThrownBy(() -> members.register(aMember(centre.id()).livingIn(other.id(), corregimiento.id()).build()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.corregimiento.unknown"));
    }
}
