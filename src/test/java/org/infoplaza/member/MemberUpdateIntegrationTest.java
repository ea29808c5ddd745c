package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.member.MemberRegistrations.aMember;
import static org.infoplaza.member.MemberRegistrations.today;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rectifying a member: the registration's rules again, one member per document, no lost updates. */
@IntegrationTest
class MemberUpdateIntegrationTest {

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

    /** The stored member as the edit form would send it back, with some fields changed. */
    private static MemberRegistration edited(MemberDetails m, String surnames, IdType idType, String idNumber,
            GuardianData guardian, long homeCentreId) {
        return new MemberRegistration(m.givenNames(), surnames, m.dateOfBirth(), m.sex(), idType, idNumber, m.phone(),
                m.email(), m.preferredLanguage(), m.schoolStatus(), m.schoolGrade(), m.occupationStatus(), homeCentreId,
                m.municipalityId(), m.corregimientoId(), m.community(), m.ethnicity(), m.disability(), guardian, List.of(), false);
    }

    @Test
    void rectified_data_and_guardian_are_saved_while_number_home_centre_and_consents_stay() {
        MemberDetails minor = members.register(aMember(centre.id()).minor().withConsent().build());
        CentreDetails other = fixtures.centre();
        String cedula = MemberRegistrations.aCedula();
        GuardianData newGuardian = new GuardianData("Rosa Gil", "Abuela", "6999-1111", "rosa@example.org");

        MemberDetails saved = members.update(minor.id(), minor.version(),
                edited(minor, "  Gil   Ábrego ", IdType.CEDULA, cedula.toLowerCase(), newGuardian, other.id()));

        assertThat(saved.surnames()).isEqualTo("Gil Ábrego");
        assertThat(saved.idNumber()).isEqualTo(cedula.toUpperCase());
        assertThat(saved.guardian()).isEqualTo(newGuardian);
        assertThat(saved.version()).isGreaterThan(minor.version());
        assertThat(saved.memberNumber()).isEqualTo(minor.memberNumber());
        assertThat(saved.homeCentreId()).isEqualTo(centre.id());
        assertThat(saved.consents()).isEqualTo(minor.consents());
        assertThat(members.findByNumber(minor.memberNumber())).hasValueSatisfying(
                s -> assertThat(s.surnames()).isEqualTo("Gil Ábrego"));
    }

    @Test
    void an_update_from_a_stale_copy_is_refused_and_changes_nothing() {
        MemberDetails adult = members.register(aMember(centre.id()).build());
        members.update(adult.id(), adult.version(), edited(adult, "Primera", adult.idType(), adult.idNumber(), null,
                centre.id()));

        assertThatThrownBy(() -> members.update(adult.id(), adult.version(), edited(adult, "Segunda", adult.idType(),
                adult.idNumber(), null, centre.id()))).isInstanceOf(ConcurrentEditException.class);
        assertThat(members.get(adult.id()).surnames()).isEqualTo("Primera");
    }

    @Test
    void another_members_document_is_refused_as_taken() {
        String cedula = MemberRegistrations.aCedula();
        members.register(aMember(centre.id()).withCedula(cedula).build());
        MemberDetails adult = members.register(aMember(centre.id()).build());

        assertThatThrownBy(() -> members.update(adult.id(), adult.version(), edited(adult, adult.surnames(),
                IdType.CEDULA, cedula, null, centre.id())))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.id-number.taken");
        assertThat(members.get(adult.id()).idType()).isEqualTo(IdType.NONE);
        // Keeping one's own document is not a clash.
        MemberDetails owner = members.register(aMember(centre.id()).withCedula(MemberRegistrations.aCedula()).build());
        assertThat(members.update(owner.id(), owner.version(), edited(owner, "Otra", owner.idType(), owner.idNumber(),
                null, centre.id())).surnames()).isEqualTo("Otra");
    }

    @Test
    void the_registration_rules_apply_again() {
        MemberDetails adult = members.register(aMember(centre.id()).build());
        MemberRegistration base = edited(adult, adult.surnames(), adult.idType(), adult.idNumber(), null, centre.id());

        assertThatThrownBy(() -> members.update(adult.id(), adult.version(), withBirth(base, today().plusDays(1))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.birth-date.future");
        assertThatThrownBy(() -> members.update(adult.id(), adult.version(), withBirth(base, today().minusYears(111))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.birth-date.too-old");
        // Corrected to a child's birth date: now a guardian is needed.
        assertThatThrownBy(() -> members.update(adult.id(), adult.version(), withBirth(base, today().minusYears(10))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.guardian.required");
        assertThatThrownBy(() -> members.update(adult.id(), adult.version(), edited(adult, adult.surnames(),
                IdType.CEDULA, "14-1-1", null, centre.id())))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("member.id-number.format");
        assertThat(members.get(adult.id()).version()).isEqualTo(adult.version());
    }

    @Test
    void an_operator_of_another_centre_cannot_rectify() {
        MemberDetails adult = members.register(aMember(centre.id()).build());
        SignedIn.as(fixtures.staff(Role.OPERATOR, fixtures.centre().id()));

        assertThatThrownBy(() -> members.update(adult.id(), adult.version(), edited(adult, "Ajeno", adult.idType(),
                adult.idNumber(), null, centre.id()))).isInstanceOf(NotFoundException.class);
    }

    private static MemberRegistration withBirth(MemberRegistration r, java.time.LocalDate born) {
        return new MemberRegistration(r.givenNames(), r.surnames(), born, r.sex(), r.idType(), r.idNumber(), r.phone(),
                r.email(), r.preferredLanguage(), r.schoolStatus(), r.schoolGrade(), r.occupationStatus(),
                r.homeCentreId(), r.municipalityId(), r.corregimientoId(), r.community(), r.ethnicity(), r.disability(), r.guardian(), r.consents(),
                false);
    }
}
