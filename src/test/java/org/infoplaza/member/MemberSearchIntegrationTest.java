package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.member.MemberRegistrations.aMember;
import static org.infoplaza.member.MemberRegistrations.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.testing.AtOnce;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The members grid's queries (filters, word search, paging) and the cross-centre duplicate race. */
@IntegrationTest
class MemberSearchIntegrationTest {

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

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

    private long register(MemberRegistrations registration) {
        return members.register(registration.build()).id();
    }

    private long bornOn(LocalDate day) {
        MemberRegistrations registration = aMember(centreA.id()).bornOn(day);
        if (MemberRules.isMinorOn(day, today())) {
            registration.withConsent();
        }
        return register(registration);
    }

    private List<Long> ids(MemberFilter filter) {
        return members.search(filter, PageRequest.of(0, 50, Sort.by("surnames", "givenNames"))).stream()
                .map(MemberSummary::id).toList();
    }

    private List<Long> inBand(AgeBand band) {
        return ids(new MemberFilter("", band, centreA.id(), null));
    }

    @Test
    void a_short_number_finds_the_member_of_the_callers_own_centre_with_that_card_number() {
        register(aMember(centreA.id()));
        long second = register(aMember(centreA.id()));
        SignedIn.as(Role.OPERATOR, centreB.id());
        register(aMember(centreB.id()));
        long otherCentres = register(aMember(centreB.id()));
        SignedIn.as(operatorA);
        // Cards printed before numbers were random carry the running number; they keep working.
        givenLegacyNumber(second, MemberNumber.legacy(centreA.code(), 2));
        givenLegacyNumber(otherCentres, MemberNumber.legacy(centreB.code(), 2));

        assertThat(ids(new MemberFilter("2"))).containsExactly(second);
        assertThat(ids(new MemberFilter("000002"))).containsExactly(second);
        assertThat(ids(new MemberFilter(" 02 "))).containsExactly(second);
        assertThat(members.count(new MemberFilter("2"))).isEqualTo(1);
        assertThat(ids(new MemberFilter("7"))).isEmpty();
        assertThat(ids(new MemberFilter(centreB.code() + "-000002"))).as("a visitor by full number")
                .containsExactly(otherCentres);
    }

    @Test
    void the_nine_digits_of_a_new_card_find_the_member_of_the_callers_own_centre() {
        MemberDetails member = members.register(aMember(centreA.id()).build());
        String digits = member.memberNumber().substring(centreA.code().length() + 1);

        assertThat(ids(new MemberFilter(digits))).containsExactly(member.id());
        assertThat(ids(new MemberFilter(member.memberNumber().toLowerCase()))).containsExactly(member.id());
    }

    private void givenLegacyNumber(long memberId, String number) {
        jdbc.update("UPDATE member SET member_number = ? WHERE id = ?", number, memberId);
    }

    @Test
    void age_bands_change_on_the_birthday_itself() {
        LocalDate today = today();
        long turnsTwelveToday = bornOn(today.minusYears(12));
        long elevenUntilTomorrow = bornOn(today.minusYears(12).plusDays(1));
        long turnsFifteenToday = bornOn(today.minusYears(15));
        long fourteenUntilTomorrow = bornOn(today.minusYears(15).plusDays(1));
        long turnsEighteenToday = bornOn(today.minusYears(18));
        long seventeenUntilTomorrow = bornOn(today.minusYears(18).plusDays(1));
        long turnsSixtyToday = bornOn(today.minusYears(60));
        long fiftyNineUntilTomorrow = bornOn(today.minusYears(60).plusDays(1));
        long bornToday = bornOn(today);

        assertThat(inBand(AgeBand.AGE_0_11)).containsExactlyInAnyOrder(elevenUntilTomorrow, bornToday);
        assertThat(inBand(AgeBand.AGE_12_14)).containsExactlyInAnyOrder(turnsTwelveToday, fourteenUntilTomorrow);
        assertThat(inBand(AgeBand.AGE_15_17)).containsExactlyInAnyOrder(turnsFifteenToday, seventeenUntilTomorrow);
        assertThat(inBand(AgeBand.AGE_18_24)).containsExactly(turnsEighteenToday);
        assertThat(inBand(AgeBand.AGE_25_59)).containsExactly(fiftyNineUntilTomorrow);
        assertThat(inBand(AgeBand.AGE_60_PLUS)).containsExactly(turnsSixtyToday);
        assertThat(members.count(new MemberFilter("", AgeBand.AGE_15_17, centreA.id(), null))).isEqualTo(2);
    }

    @Test
    void consent_filter_separates_minors_with_valid_consent_from_expired_revoked_ones_and_leaves_out_adults() {
        long valid = register(aMember(centreA.id()).minor().withConsent());
        long expired = register(aMember(centreA.id()).minor().withConsentGrantedOn(today().minusYears(1)));
        long revoked = register(aMember(centreA.id()).minor().withConsent());
        members.revokeConsent(revoked, ConsentPurpose.DATA_PROCESSING);
        long adult = register(aMember(centreA.id()));

        assertThat(ids(new MemberFilter("", null, centreA.id(), MemberFilter.ConsentStatus.VALID)))
                .containsExactly(valid);
        assertThat(ids(new MemberFilter("", null, centreA.id(), MemberFilter.ConsentStatus.MISSING)))
                .containsExactlyInAnyOrder(expired, revoked);
        assertThat(ids(new MemberFilter("", null, centreA.id(), null)))
                .containsExactlyInAnyOrder(valid, expired, revoked, adult);
        // The grid's badge agrees with the filter.
        assertThat(members.search(new MemberFilter("", null, centreA.id(), MemberFilter.ConsentStatus.MISSING),
                Pageable.ofSize(10))).allSatisfy(m -> assertThat(m.consentValid()).isFalse());
    }

    @Test
    void an_operator_is_refused_another_centres_filter_and_an_administrator_may_use_any() {
        SignedIn.as(Role.OPERATOR, centreB.id());
        long atB = register(aMember(centreB.id()));
        SignedIn.as(operatorA);

        MemberFilter otherCentre = new MemberFilter("", null, centreB.id(), null);
        assertThatThrownBy(() -> members.search(otherCentre, Pageable.ofSize(10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.count(otherCentre)).isInstanceOf(NotFoundException.class);

        SignedIn.as(Role.ADMIN);
        assertThat(ids(otherCentre)).containsExactly(atB);
    }

    @Test
    void filters_combine_with_the_text_and_a_phrase_must_start_at_a_name_word() {
        long ana = register(aMember(centreA.id()).named("Ana Lucía", "Batista Ríos").minor().withConsent());
        long adultAna = register(aMember(centreA.id()).named("Ana", "Batista Gil"));
        register(aMember(centreA.id()).named("Pedro", "Batista"));

        assertThat(ids(new MemberFilter("bat", null, centreA.id(), null))).hasSize(3);
        assertThat(ids(new MemberFilter("ana bat", null, centreA.id(), null))).containsExactly(adultAna);
        assertThat(ids(new MemberFilter("LUCIA bat", null, centreA.id(), null))).containsExactly(ana);
        assertThat(ids(new MemberFilter("ana", AgeBand.AGE_12_14, centreA.id(), null))
                .stream().filter(id -> id == adultAna).toList()).isEmpty();
        assertThat(ids(new MemberFilter("rios", null, centreA.id(), MemberFilter.ConsentStatus.VALID)))
                .containsExactly(ana);
    }

    @Test
    void a_corrected_name_is_found_by_its_new_words_and_no_longer_by_the_old_ones() {
        long member = register(aMember(centreA.id()).named("Yamileth", "Urriola Ponce"));
        assertThat(ids(new MemberFilter("urri"))).containsExactly(member);

        // Whatever code corrects a member's name, the word index follows (database trigger).
        jdbc.update("UPDATE member SET surnames = 'Urrutia Ponce', normalised_name = 'yamileth urrutia ponce' "
                + "WHERE id = ?", member);
        assertThat(ids(new MemberFilter("urrio"))).isEmpty();
        assertThat(ids(new MemberFilter("urrut"))).containsExactly(member);
        assertThat(ids(new MemberFilter("yamileth urrut"))).containsExactly(member);
    }

    @Test
    void pages_say_whether_more_follow_and_the_count_stops_at_its_limit() {
        String surname = "Zorrilla " + Fixtures.unique("").replaceAll("[^0-9]", "").chars()
                .mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).reduce("", String::concat);
        for (int i = 0; i < 5; i++) {
            register(aMember(centreA.id()).named("Ana", surname));
        }
        MemberFilter filter = new MemberFilter(surname.split(" ")[1]);
        Slice<MemberSummary> first = members.search(filter, PageRequest.of(0, 3, Sort.by("surnames", "givenNames")));
        Slice<MemberSummary> second = members.search(filter, PageRequest.of(1, 3, Sort.by("surnames", "givenNames")));

        assertThat(first.getContent()).hasSize(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).hasSize(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(first.getContent()).doesNotContainAnyElementsOf(second.getContent());
        assertThat(members.count(filter)).isEqualTo(5);
        assertThat(members.count(filter, 4)).isEqualTo(4);
    }

    @Test
    void operators_at_two_centres_registering_the_same_child_at_once_end_with_one_member() throws Exception {
        MemberRegistrations child = aMember(centreA.id()).minor().withConsent();
        List<StaffPrincipal> operators = new ArrayList<>();
        List<MemberRegistration> registrations = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (CentreDetails centre : List.of(centreA, centreB)) {
                operators.add(fixtures.staff(Role.OPERATOR, centre.id()));
                registrations.add(aMember(centre.id()).named(child.givenNames(), child.surnames())
                        .bornOn(child.dateOfBirth()).withConsent().build());
            }
        }
        List<Callable<MemberDetails>> attempts = registrations.stream()
                .<Callable<MemberDetails>>map(registration -> () -> members.register(registration)).toList();

        List<AtOnce.Outcome<MemberDetails>> outcomes = AtOnce.race(operators, attempts);

        assertThat(outcomes).filteredOn(o -> !o.refused()).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.refusal() instanceof DuplicateSuspected).hasSize(operators.size() - 1);
        long stored = SystemAuthentication.call(() -> members.count(new MemberFilter(child.givenNames())));
        assertThat(stored).isEqualTo(1);
    }
}
