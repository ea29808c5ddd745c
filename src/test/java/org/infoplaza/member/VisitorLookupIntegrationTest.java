package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.member.MemberRegistrations.aMember;

import java.time.LocalDateTime;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Looking up a member of another centre by number, for a visit: audited, limited per staff member, and
 * answered with only what the visit needs.
 */
@IntegrationTest
class VisitorLookupIntegrationTest {

    private static final Pageable NEWEST_FIRST = PageRequest.of(0, 50,
            Sort.by(Sort.Order.desc("happenedAt"), Sort.Order.desc("id")));

    @Autowired
    MemberService members;

    @Autowired
    MemberPrivacy privacy;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Value("${infoplaza.members.visitor-lookups-per-hour}")
    int perHour;

    LocalDateTime start;
    CentreDetails home;
    CentreDetails visited;
    StaffPrincipal operator;
    MemberDetails visitor;

    @BeforeEach
    void setUp() {
        start = LocalDateTime.now(PanamaTime.ZONE).withNano(0);
        clock.standAt(start);
        home = fixtures.centre();
        visited = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, home.id()));
        visitor = members.register(aMember(home.id()).minor().withStationConsent().build());
        operator = fixtures.staff(Role.OPERATOR, visited.id());
        SignedIn.as(operator);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    private List<AuditEntryDetails> log(MemberDetails member) {
        return SystemAuthentication.call(() -> privacy.auditLog(
                new AuditFilter(member.memberNumber(), "", null, null), NEWEST_FIRST).getContent());
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }

    @Test
    void a_member_of_another_centre_comes_with_only_what_the_visit_needs() {
        MemberSummary found = members.findByNumber(visitor.memberNumber()).orElseThrow();

        assertThat(found.visitor()).isTrue();
        assertThat(found.fullName()).isEqualTo(visitor.givenNames() + " " + visitor.surnames());
        assertThat(found.dateOfBirth()).isNull();
        assertThat(found.age()).isNull();
        assertThat(found.ageBand()).isIn(AgeBand.AGE_12_14, AgeBand.AGE_15_17);
        assertThat(found.minor()).isTrue();
        assertThat(found.mayUseStations()).isTrue();
        assertThat(found.mayJoinWorkshops()).isFalse();
        assertThat(found.consentValid()).isFalse();
        // Which consent is missing stays with the member's own centre.
        assertThat(members.eligibility(visitor.id(), Activity.WORKSHOPS, clock.instant().atZone(clock.getZone())
                .toLocalDate()).refusalKey()).isEqualTo("member.eligibility.visitor.WORKSHOPS");

        SignedIn.as(fixtures.staff(Role.OPERATOR, home.id()));
        MemberSummary atHome = members.findByNumber(visitor.memberNumber()).orElseThrow();
        assertThat(atHome.visitor()).isFalse();
        assertThat(atHome.dateOfBirth()).isEqualTo(visitor.dateOfBirth());
        assertThat(members.eligibility(visitor.id(), Activity.WORKSHOPS, clock.instant().atZone(clock.getZone())
                .toLocalDate()).refusalKey()).isEqualTo("member.eligibility.no-consent.WORKSHOPS");
    }

    @Test
    void each_look_up_from_another_centre_is_audited_once_with_who_looked() {
        members.findByNumber(visitor.memberNumber());
        // The members grid counts and then reads its page: one look-up, one entry.
        members.count(new MemberFilter(visitor.memberNumber()), 1001);
        members.search(new MemberFilter(visitor.memberNumber()), Pageable.ofSize(50));

        assertThat(log(visitor)).extracting(AuditEntryDetails::action)
                .containsExactly(AuditAction.VISITOR_LOOKED_UP, AuditAction.REGISTERED);
        assertThat(log(visitor).getFirst()).satisfies(entry -> {
            assertThat(entry.staffId()).isEqualTo(operator.id());
            assertThat(entry.staffUsername()).isEqualTo(operator.getUsername());
        });

        clock.standAt(start.plusMinutes(11));
        members.search(new MemberFilter(visitor.memberNumber()), Pageable.ofSize(50));
        assertThat(log(visitor)).extracting(AuditEntryDetails::action).as("a look-up later on is a new one")
                .containsExactly(AuditAction.VISITOR_LOOKED_UP, AuditAction.VISITOR_LOOKED_UP, AuditAction.REGISTERED);
    }

    @Test
    void looking_up_the_members_of_ones_own_centres_is_neither_audited_nor_limited() {
        SignedIn.as(fixtures.staff(Role.OPERATOR, home.id()));
        for (int i = 0; i <= perHour; i++) {
            members.findByNumber(visitor.memberNumber());
            members.search(new MemberFilter(MemberNumber.legacy(home.code(), 900_000 + i)), Pageable.ofSize(5));
        }
        assertThat(log(visitor)).extracting(AuditEntryDetails::action).containsExactly(AuditAction.REGISTERED);
    }

    @Test
    void after_too_many_look_ups_of_other_centres_numbers_found_or_not_the_next_waits() {
        // Somebody trying numbers: most find nobody, and each try counts.
        for (int i = 1; i < perHour; i++) {
            assertThat(members.findByNumber(MemberNumber.legacy(home.code(), 800_000 + i))).isEmpty();
        }
        assertThat(members.findByNumber(visitor.memberNumber())).isPresent();

        assertRefused(() -> members.findByNumber(MemberNumber.legacy(home.code(), 700_001)), "member.lookup.throttled");
        assertRefused(() -> members.search(new MemberFilter(MemberNumber.legacy(home.code(), 700_002)),
                Pageable.ofSize(5)), "member.lookup.throttled");
        assertThatThrownBy(() -> members.findByNumber(MemberNumber.legacy(home.code(), 700_003)))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(2L));
        // The visitor just found is the same look-up, and names still find the operator's own members.
        assertThat(members.findByNumber(visitor.memberNumber())).isPresent();
        assertThat(members.search(new MemberFilter("zz"), Pageable.ofSize(5))).isEmpty();
        // Another operator is not held back by this one.
        SignedIn.as(fixtures.staff(Role.OPERATOR, visited.id()));
        assertThat(members.findByNumber(MemberNumber.legacy(home.code(), 700_004))).isEmpty();

        SignedIn.as(operator);
        clock.standAt(start.plusMinutes(2));
        assertThat(members.findByNumber(MemberNumber.legacy(home.code(), 700_005))).as("a token came back").isEmpty();
    }

    @Test
    void administrators_see_every_centre_and_are_not_counted() {
        SignedIn.as(fixtures.staff(Role.ADMIN, visited.id()));
        for (int i = 0; i <= perHour; i++) {
            assertThat(members.findByNumber(MemberNumber.legacy(home.code(), 600_000 + i))).isEmpty();
        }
        MemberSummary found = members.findByNumber(visitor.memberNumber()).orElseThrow();

        assertThat(found.visitor()).isFalse();
        assertThat(log(visitor)).extracting(AuditEntryDetails::action).containsExactly(AuditAction.REGISTERED);
    }

    @Test
    void a_mistyped_new_number_is_refused_at_once_and_not_counted() {
        String number = visitor.memberNumber();
        char last = number.charAt(number.length() - 1);
        String typo = number.substring(0, number.length() - 1) + (last == '9' ? '0' : (char) (last + 1));

        for (int i = 0; i <= perHour; i++) {
            assertRefused(() -> members.findByNumber(typo), "member.number.mistyped");
        }
        assertRefused(() -> members.search(new MemberFilter(typo), Pageable.ofSize(5)), "member.number.mistyped");
        assertThat(members.findByNumber(number)).isPresent();
    }
}
