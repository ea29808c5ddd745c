package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.member.MemberRegistrations.aMember;
import static org.infoplaza.member.MemberRegistrations.today;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.testing.AtOnce;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MemberServiceIntegrationTest {

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

    CentreDetails centreA;
    CentreDetails centreB;
    StaffPrincipal operatorA;

    @BeforeEach
    void setUp() {
        centreA = fixtures.centre();
        centreB = fixtures.centre();
        operatorA = fixtures.staff(Role.OPERATOR, centreA.id());
        SignedIn.as(operatorA);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_adult_is_registered_with_a_member_number_of_the_home_centre() {
        MemberRegistrations adult = aMember(centreA.id()).withCedula(MemberRegistrations.aCedula());
        MemberDetails saved = members.register(adult.build());

        assertThat(saved.memberNumber()).startsWith(centreA.code() + "-").matches(".*-[1-9][0-9]{8}");
        assertThat(MemberNumber.isMistyped(saved.memberNumber())).isFalse();
        assertThat(saved.registeredBy()).isEqualTo(operatorA.id());
        assertThat(saved.guardian()).isNull();
        assertThat(members.age(saved.id(), today())).isGreaterThanOrEqualTo(30);
        MemberDetails second = members.register(aMember(centreA.id()).build());
        assertThat(second.memberNumber()).startsWith(centreA.code() + "-").isNotEqualTo(saved.memberNumber());
    }

    @Test
    void a_summary_says_what_the_member_may_do_today_by_the_walk_in_and_enrolment_rule() {
        MemberDetails dataOnly = members.register(aMember(centreA.id()).minor().withConsent().build());
        MemberDetails stations = members.register(aMember(centreA.id()).minor().withStationConsent().build());
        MemberDetails adult = members.register(aMember(centreA.id()).build());
        MemberDetails suspended = members.register(aMember(centreA.id()).build());
        members.suspend(suspended.id(), today().plusDays(3), "Prueba");

        for (MemberDetails member : List.of(dataOnly, stations, adult, suspended)) {
            MemberSummary summary = members.findByNumber(member.memberNumber()).orElseThrow();
            assertThat(summary.mayUseStations()).as(member.memberNumber())
                    .isEqualTo(members.eligibility(member.id(), Activity.STATION_USE, today()).allowed());
            assertThat(summary.mayJoinWorkshops()).as(member.memberNumber())
                    .isEqualTo(members.eligibility(member.id(), Activity.WORKSHOPS, today()).allowed());
        }
        assertThat(members.findByNumber(dataOnly.memberNumber()).orElseThrow().mayUseStations()).isFalse();
        assertThat(members.findByNumber(stations.memberNumber()).orElseThrow().mayUseStations()).isTrue();
        assertThat(members.findByNumber(stations.memberNumber()).orElseThrow().mayJoinWorkshops()).isFalse();
        assertThat(members.findByNumber(adult.memberNumber()).orElseThrow().mayJoinWorkshops()).isTrue();
        MemberSummary away = members.findByNumber(suspended.memberNumber()).orElseThrow();
        assertThat(away.suspended()).isTrue();
        assertThat(away.mayUseStations()).isFalse();
    }

    @Test
    void a_minor_is_registered_with_guardian_and_consent_and_consent_can_be_revoked_at_once() {
        MemberDetails saved = members.register(aMember(centreA.id()).minor().withConsent().build());

        assertThat(saved.guardian().name()).isEqualTo("María Gil");
        assertThat(saved.consents()).singleElement().satisfies(c -> {
            assertThat(c.recordedBy()).isEqualTo(operatorA.id());
            assertThat(c.expiresOn()).isEqualTo(today().plusYears(1));
        });
        assertThat(members.hasValidConsent(saved.id(), ConsentPurpose.DATA_PROCESSING, today())).isTrue();
        assertThat(members.hasValidConsent(saved.id(), ConsentPurpose.PHOTOS, today())).isFalse();
        assertThat(members.hasValidConsent(saved.id(), ConsentPurpose.DATA_PROCESSING, today().plusYears(1))).isFalse();

        members.revokeConsent(saved.id(), ConsentPurpose.DATA_PROCESSING);
        assertThat(members.hasValidConsent(saved.id(), ConsentPurpose.DATA_PROCESSING, today())).isFalse();
    }

    @Test
    void a_minor_without_consent_or_guardian_is_refused_and_nothing_is_saved() {
        MemberRegistrations noConsent = aMember(centreA.id()).minor().withGuardian();
        assertThatThrownBy(() -> members.register(noConsent.build()))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.consent.required");
        assertThatThrownBy(() -> members.register(aMember(centreA.id()).minor().build()))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.guardian.required");

        assertThat(members.count(new MemberFilter(noConsent.givenNames()))).isZero();
        assertThat(members.count(MemberFilter.none())).isZero();
    }

    @Test
    void dates_of_birth_in_the_future_or_too_long_ago_are_refused() {
        assertThatThrownBy(() -> members.register(aMember(centreA.id()).bornOn(today().plusDays(1)).build()))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.birth-date.future");
        assertThatThrownBy(() -> members.register(aMember(centreA.id()).bornOn(today().minusYears(111)).build()))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.birth-date.too-old");
    }

    @Test
    void a_malformed_cedula_or_a_phone_with_letters_is_refused() {
        assertThatThrownBy(() -> members.register(aMember(centreA.id()).withCedula("14-1-1").build()))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("member.id-number.format");
        MemberRegistration r = aMember(centreA.id()).build();
        MemberRegistration letters = new MemberRegistration(r.givenNames(), r.surnames(), r.dateOfBirth(), r.sex(),
                r.idType(), r.idNumber(), "6123-abcd", null, "es", null, null, null, centreA.id(), null, null, null,
                null, null, null, List.of(), false);
        assertThatThrownBy(() -> members.register(letters))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("member.phone.format");
    }

    @Test
    void the_same_document_is_suspected_as_a_duplicate_and_never_registered_twice() {
        String cedula = MemberRegistrations.aCedula();
        MemberDetails first = members.register(aMember(centreA.id()).withCedula(cedula).build());

        MemberRegistration other = aMember(centreA.id()).withCedula(cedula).build();
        assertThatThrownBy(() -> members.register(other))
                .isInstanceOfSatisfying(DuplicateSuspected.class, d -> assertThat(d.candidates())
                        .extracting(MemberSummary::id).containsExactly(first.id()));
        assertThatThrownBy(() -> members.register(other.withIgnoreDuplicates()))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("member.id-number.taken");
    }

    @Test
    void the_same_birth_date_with_a_similar_name_is_suspected_unless_staff_confirm() {
        MemberRegistrations original = aMember(centreA.id());
        MemberDetails first = members.register(original.build());

        // Same person typed differently: no accents, other case, one name left out.
        String given = original.givenNames().toUpperCase().replace("ANA ", "ANA MARIA ");
        MemberRegistration again = aMember(centreA.id()).named(given, original.surnames().replace("é", "e"))
                .bornOn(original.dateOfBirth()).build();
        assertThatThrownBy(() -> members.register(again))
                .isInstanceOfSatisfying(DuplicateSuspected.class, d -> assertThat(d.candidates())
                        .extracting(MemberSummary::memberNumber).containsExactly(first.memberNumber()));

        MemberDetails confirmed = members.register(again.withIgnoreDuplicates());
        assertThat(confirmed.id()).isNotEqualTo(first.id());
        // A different birth date is a different person.
        members.register(aMember(centreA.id()).named(original.givenNames(), original.surnames())
                .bornOn(original.dateOfBirth().minusDays(1)).build());
    }

    @Test
    void an_operator_searches_only_their_centres_but_finds_anyone_by_exact_number() {
        MemberRegistrations atA = aMember(centreA.id());
        MemberDetails member = members.register(atA.build());

        SignedIn.as(fixtures.staff(Role.OPERATOR, centreB.id()));
        assertThat(members.search(new MemberFilter(atA.givenNames()), Pageable.ofSize(10))).isEmpty();
        assertThat(members.search(new MemberFilter(member.memberNumber()), Pageable.ofSize(10)))
                .extracting(MemberSummary::id).containsExactly(member.id());
        assertThat(members.count(MemberFilter.none())).isZero();
        assertThatThrownBy(() -> members.get(member.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.register(aMember(centreA.id()).build())).isInstanceOf(NotFoundException.class);
        assertThat(members.findByNumber(member.memberNumber().toLowerCase()))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(member.id()));

        SignedIn.as(operatorA);
        String word = atA.surnames().split(" ")[1];
        String fragment = word.substring(0, Math.min(3, word.length()));
        assertThat(members.search(new MemberFilter(fragment.toUpperCase()), Pageable.ofSize(10)))
                .extracting(MemberSummary::id).contains(member.id());
        assertThat(members.search(new MemberFilter(member.memberNumber()), Pageable.ofSize(10)))
                .extracting(MemberSummary::id).containsExactly(member.id());
    }

    @Test
    void the_secretariat_sees_no_members_and_facilitators_only_find_them_to_enrol() {
        MemberDetails member = members.register(aMember(centreA.id()).build());
        SignedIn.as(Role.SECRETARIAT);
        assertThatThrownBy(() -> members.search(MemberFilter.none(), Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.findByNumber("X-000001")).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(Role.FACILITATOR, centreA.id());
        assertThat(members.search(new MemberFilter(member.memberNumber()), Pageable.ofSize(10)))
                .extracting(MemberSummary::id).containsExactly(member.id());
        assertThatThrownBy(() -> members.get(member.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.count(MemberFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.register(aMember(centreA.id()).build())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void two_operators_registering_the_same_child_at_once_end_with_one_member() throws Exception {
        MemberRegistration child = aMember(centreA.id()).minor().withConsent().build();
        StaffPrincipal operator2 = fixtures.staff(Role.OPERATOR, centreA.id());

        List<AtOnce.Outcome<MemberDetails>> outcomes = AtOnce.race(List.of(operatorA, operator2),
                List.of(() -> members.register(child), () -> members.register(child)));

        assertThat(outcomes).filteredOn(o -> !o.refused()).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.refusal() instanceof DuplicateSuspected).hasSize(1);
        long stored = SystemAuthentication.call(() -> members.count(new MemberFilter(child.givenNames())));
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void the_first_registrations_of_a_new_centre_at_once_all_get_different_numbers_that_pass_their_check()
            throws Exception {
        CentreDetails fresh = fixtures.centre();
        int desks = 8;
        List<StaffPrincipal> operators = new ArrayList<>();
        List<Callable<MemberDetails>> registrations = new ArrayList<>();
        for (int i = 0; i < desks; i++) {
            operators.add(fixtures.staff(Role.OPERATOR, fresh.id()));
            MemberRegistration person = aMember(fresh.id()).build();
            registrations.add(() -> members.register(person));
        }

        List<AtOnce.Outcome<MemberDetails>> outcomes = AtOnce.race(operators, registrations);

        assertThat(outcomes).noneMatch(AtOnce.Outcome::refused);
        assertThat(outcomes.stream().map(o -> o.value().memberNumber()).distinct()).hasSize(desks)
                .allSatisfy(number -> {
                    assertThat(number).startsWith(fresh.code() + "-");
                    assertThat(MemberNumber.isMistyped(number)).isFalse();
                });
    }
}
