package org.infoplaza.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.staff.StaffTestData.PASSWORD;

import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.DomainException;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

@IntegrationTest
class StaffServiceIntegrationTest {

    @Autowired
    StaffService staff;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    CentreDetails centre;

    @BeforeEach
    void setUp() {
        centre = fixtures.centre();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_account_is_created_and_read_back_without_its_password() {
        SignedIn.as(Role.ADMIN);
        String username = Fixtures.unique("olga");

        StaffDetails created = staff.create(new StaffData(username, "  Olga Operadora ", "olga@example.org", "en",
                Role.OPERATOR, Set.of(centre.id()), true, 0), PASSWORD);
        StaffDetails read = staff.get(created.id());

        assertThat(read.username()).isEqualTo(username);
        assertThat(read.displayName()).isEqualTo("Olga Operadora");
        assertThat(read.email()).isEqualTo("olga@example.org");
        assertThat(read.preferredLanguage()).isEqualTo("en");
        assertThat(read.role()).isEqualTo(Role.OPERATOR);
        assertThat(read.centreIds()).containsExactly(centre.id());
        assertThat(read.active()).isTrue();
        assertThat(read.locked()).isFalse();
        assertThat(read.lastLoginAt()).isNull();
        // A yes/no about the password (whether it must be changed) is fine; the password or its hash is not.
        assertThat(Arrays.stream(StaffDetails.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !name.equals("mustChangePassword")))
                .noneMatch(name -> name.toLowerCase().contains("password") || name.toLowerCase().contains("hash"));
        assertThat(read.toString()).doesNotContain(PASSWORD).doesNotContain("{bcrypt}");
        assertThat(staff.page(new StaffFilter(username.toUpperCase(), Role.OPERATOR), Pageable.ofSize(10)))
                .extracting(StaffDetails::id).containsExactly(created.id());
    }

    @Test
    void administrators_and_the_secretariat_keep_no_centres() {
        SignedIn.as(Role.ADMIN);

        StaffDetails created = staff.create(new StaffData(Fixtures.unique("sonia"), "Sonia", null, "es",
                Role.SECRETARIAT, Set.of(centre.id()), true, 0), PASSWORD);

        assertThat(staff.get(created.id()).centreIds()).isEmpty();
    }

    @Test
    void a_username_that_is_taken_is_refused() {
        StaffData first = StaffTestData.operator(centre.id());
        StaffTestData.create(staff, first);
        SignedIn.as(Role.ADMIN);

        StaffData again = new StaffData(first.username(), "Otra persona", null, "es", Role.FACILITATOR,
                Set.of(centre.id()), true, 0);
        assertThatThrownBy(() -> staff.create(again, PASSWORD))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("staff.username.taken");
                    assertThat(e.arguments()).containsExactly(first.username());
                });
        assertThat(staff.page(new StaffFilter(first.username(), null), Pageable.ofSize(10)).getTotalElements())
                .isEqualTo(1);
    }

    @Test
    void the_second_of_two_admins_saving_the_same_account_is_refused() {
        StaffDetails loadedByBoth = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        SignedIn.as(Role.ADMIN);

        StaffData first = new StaffData(loadedByBoth.username(), "Primer cambio", null, "es", Role.OPERATOR,
                loadedByBoth.centreIds(), true, loadedByBoth.version());
        StaffData second = new StaffData(loadedByBoth.username(), "Segundo cambio", null, "es", Role.FACILITATOR,
                loadedByBoth.centreIds(), true, loadedByBoth.version());
        staff.update(loadedByBoth.id(), first);

        assertThatThrownBy(() -> staff.update(loadedByBoth.id(), second)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> staff.setPassword(loadedByBoth.id(), loadedByBoth.version(), "another-password-1"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(staff.get(loadedByBoth.id()).displayName()).isEqualTo("Primer cambio");
    }

    @Test
    void an_operator_without_centres_is_refused_by_the_service_too() {
        SignedIn.as(Role.ADMIN);
        String username = Fixtures.unique("op");

        assertThatThrownBy(() -> staff.create(new StaffData(username, "Olga", null, "es", Role.OPERATOR, Set.of(),
                true, 0), PASSWORD)).isInstanceOf(ConstraintViolationException.class);
        assertThat(staff.page(new StaffFilter(username, null), Pageable.ofSize(10)).getTotalElements()).isZero();
    }

    @Test
    void operators_may_not_list_read_or_create_accounts() {
        StaffDetails someone = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        SignedIn.as(Role.OPERATOR, centre.id());

        assertThatThrownBy(() -> staff.page(StaffFilter.none(), Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.get(someone.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.create(StaffTestData.operator(centre.id()), PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.unlock(someone.id(), someone.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.setPassword(someone.id(), someone.version(), "taken-over-password"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changing_ones_own_password_needs_the_current_one() {
        StaffDetails olga = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        SignedIn.as(StaffTestData.principalOf(olga));

        assertThatThrownBy(() -> staff.changeOwnPassword("not-my-password", "brand-new-password"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("staff.password.current-wrong"));
        assertThat(signIn(olga.username(), PASSWORD).isAuthenticated()).isTrue();

        SignedIn.as(StaffTestData.principalOf(olga));
        assertThatThrownBy(() -> staff.changeOwnPassword(PASSWORD, "short"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("staff.password.too-short"));

        staff.changeOwnPassword(PASSWORD, "brand-new-password");

        assertThat(signIn(olga.username(), "brand-new-password").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(olga.username(), PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void staff_choose_their_own_language_and_see_their_own_account() {
        StaffDetails olga = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        SignedIn.as(StaffTestData.principalOf(olga));

        staff.changeOwnLanguage("en");

        assertThat(staff.ownAccount().preferredLanguage()).isEqualTo("en");
        assertThat(staff.ownAccount().username()).isEqualTo(olga.username());
    }

    @Test
    void nobody_signed_in_may_change_a_password() {
        SignedIn.nobody();

        assertThatThrownBy(() -> staff.changeOwnPassword(PASSWORD, "brand-new-password"))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    private Authentication signIn(String username, String password) {
        try {
            AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
            return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }
}
