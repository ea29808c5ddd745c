package org.infoplaza.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.infoplaza.centre.CentreService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.StaffSessions;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules StaffService applies itself, without Spring: passwords, self-demotion, own language. */
class StaffServiceTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Instant NOW = Instant.parse("2025-03-10T14:00:00Z");
    private static final long MY_ID = 7;

    private final StaffRepository accounts = mock(StaffRepository.class);
    private final CentreService centres = mock(CentreService.class);
    private final PasswordEncoder passwordEncoder = mock(PasswordEncoder.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final StaffService service = new StaffService(accounts, centres, passwordEncoder, currentUser,
            mock(StaffSessions.class), mock(SignInThrottle.class), mock(SignInFailureRepository.class),
            Clock.fixed(NOW, PanamaTime.ZONE));

    private StaffAccount me;

    @BeforeEach
    void signInAsAdministrator() {
        me = account(MY_ID, "ana", Role.ADMIN, Set.of());
        StaffPrincipal principal = me.toPrincipal(false);
        when(currentUser.find()).thenReturn(Optional.of(principal));
        when(currentUser.require()).thenReturn(principal);
        when(accounts.findById(MY_ID)).thenReturn(Optional.of(me));
        when(accounts.saveAndFlush(any())).thenAnswer(call -> stored(call.getArgument(0), 99));
        when(passwordEncoder.encode(anyString())).thenAnswer(call -> "{test}" + call.getArgument(0));
    }

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void a_new_account_with_a_too_short_password_is_refused_without_saving() {
        StaffData data = new StaffData("olga", "Olga Operadora", null, "es", Role.ADMIN, Set.of(), true, 0);

        assertThatThrownBy(() -> service.create(data, "123456789"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("staff.password.too-short");
                    assertThat(e.arguments()).containsExactly(StaffService.MIN_PASSWORD_LENGTH);
                });
        verify(accounts, never()).saveAndFlush(any());
        verify(accounts, never()).save(any());
    }

    @Test
    void a_password_of_exactly_the_minimum_length_is_accepted() {
        StaffData data = new StaffData("olga", "Olga Operadora", null, "es", Role.ADMIN, Set.of(), true, 0);

        service.create(data, "abcdefghijkl");

        verify(accounts).saveAndFlush(any());
    }

    @Test
    void an_administrator_setting_a_too_short_password_is_refused_without_saving() {
        StaffAccount olga = account(8, "olga", Role.OPERATOR, Set.of(1L));
        when(accounts.findById(8L)).thenReturn(Optional.of(olga));

        assertThatThrownBy(() -> service.setPassword(8, 0, "short"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("staff.password.too-short"));
        verify(accounts, never()).saveAndFlush(any());
    }

    @Test
    void an_administrator_cannot_deactivate_their_own_account() {
        StaffData deactivated = new StaffData("ana", "Ana", null, "es", Role.ADMIN, Set.of(), false, 0);

        assertThatThrownBy(() -> service.update(MY_ID, deactivated))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("staff.self-demotion"));
        verify(accounts, never()).saveAndFlush(any());
        assertThat(me.isActive()).isTrue();
    }

    @Test
    void an_administrator_cannot_take_away_their_own_administrator_role() {
        StaffData demoted = new StaffData("ana", "Ana", null, "es", Role.OPERATOR, Set.of(1L), true, 0);

        assertThatThrownBy(() -> service.update(MY_ID, demoted))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("staff.self-demotion"));
        verify(accounts, never()).saveAndFlush(any());
        assertThat(me.getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void an_administrator_may_deactivate_and_demote_another_administrator() {
        StaffAccount other = account(8, "beto", Role.ADMIN, Set.of());
        when(accounts.findById(8L)).thenReturn(Optional.of(other));

        service.update(8, new StaffData("beto", "Beto", null, "es", Role.SECRETARIAT, Set.of(), false, 0));

        assertThat(other.isActive()).isFalse();
        assertThat(other.getRole()).isEqualTo(Role.SECRETARIAT);
    }

    @Test
    void an_operator_or_facilitator_without_centres_is_invalid() {
        Validator validator = VALIDATION.getValidator();

        for (Role role : Set.of(Role.OPERATOR, Role.FACILITATOR)) {
            Set<ConstraintViolation<StaffData>> violations = validator.validate(
                    new StaffData("olga", "Olga", null, "es", role, Set.of(), true, 0));
            assertThat(violations).as(role.name()).singleElement().satisfies(v -> {
                assertThat(v.getMessageTemplate()).isEqualTo("{staff.centres.required}");
                assertThat(v.getPropertyPath()).hasToString("centreAssignmentValid");
            });
        }
        assertThat(validator.validate(new StaffData("olga", "Olga", null, "es", Role.OPERATOR, Set.of(3L), true, 0)))
                .isEmpty();
        assertThat(validator.validate(new StaffData("sonia", "Sonia", null, "es", Role.SECRETARIAT, Set.of(), true, 0)))
                .isEmpty();
    }

    @Test
    void anyone_changes_their_own_preferred_language_to_spanish_or_english_only() {
        assertThat(service.changeOwnLanguage("en").preferredLanguage()).isEqualTo("en");

        assertThatThrownBy(() -> service.changeOwnLanguage("fr"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("staff.language.required"));
        assertThat(me.toDetails(false).preferredLanguage()).isEqualTo("en");
    }

    private static StaffAccount account(long id, String username, Role role, Set<Long> centreIds) {
        StaffAccount account = new StaffAccount(username, "{test}secret-password", NOW);
        account.update(new StaffData(username, username, null, "es", role, centreIds, true, 0));
        return stored(account, id);
    }

    /** The database assigns ids; without one, a unit test has to do it by hand. */
    private static StaffAccount stored(StaffAccount account, long id) {
        if (account.getId() == null) {
            ReflectionTestUtils.setField(account, "id", id);
        }
        return account;
    }
}
