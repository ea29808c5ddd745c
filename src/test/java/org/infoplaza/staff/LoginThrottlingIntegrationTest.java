package org.infoplaza.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.staff.StaffTestData.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Signs in the way the login page does, by posting the form through the application's own security filter
 * chain, so the throttle is proven end to end: if Spring Security stopped publishing authentication events
 * to the staff module's listeners, these tests would fail instead of the throttle silently doing nothing.
 */
@IntegrationTest
class LoginThrottlingIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    StaffService staff;

    @Autowired
    Fixtures fixtures;

    MockMvc browser;
    CentreDetails centre;

    @BeforeEach
    void setUp() {
        browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        centre = fixtures.centre();
    }

    @Test
    void five_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it() {
        StaffDetails olga = StaffTestData.create(staff, StaffTestData.operator(centre.id()));

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn(olga.username(), "wrong-password-" + attempt)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(asAdmin(() -> staff.get(olga.id())).locked()).as("locked after four failures").isFalse();

        assertThat(signIn(olga.username(), "wrong-password-5")).isInstanceOf(BadCredentialsException.class);
        StaffDetails locked = asAdmin(() -> staff.get(olga.id()));
        assertThat(locked.locked()).as("locked after five failures").isTrue();

        assertThat(signIn(olga.username(), PASSWORD)).as("the right password while locked")
                .isInstanceOf(LockedException.class);

        asAdmin(() -> staff.unlock(locked.id(), locked.version()));
        assertThat(signIn(olga.username(), PASSWORD)).as("the right password after the unlock").isNull();
    }

    @Test
    void a_successful_sign_in_records_the_time_and_resets_the_count() {
        StaffDetails olga = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        Instant before = Instant.now().minusSeconds(1);

        signIn(olga.username(), "wrong-password-1");
        signIn(olga.username(), "wrong-password-2");
        assertThat(signIn(olga.username(), PASSWORD)).isNull();

        Instant lastLogin = asAdmin(() -> staff.get(olga.id())).lastLoginAt();
        assertThat(lastLogin).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));

        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(olga.username(), "wrong-again-" + attempt);
        }
        assertThat(asAdmin(() -> staff.get(olga.id())).locked())
                .as("two failures before the success and four after do not add up to five")
                .isFalse();
        assertThat(signIn(olga.username(), PASSWORD)).isNull();
    }

    @Test
    void the_username_is_matched_whatever_its_case_and_surrounding_spaces() {
        StaffDetails olga = StaffTestData.create(staff, StaffTestData.operator(centre.id()));

        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(" " + olga.username().toUpperCase() + " ", "wrong-password-" + attempt);
        }

        assertThat(asAdmin(() -> staff.get(olga.id())).locked()).isTrue();
    }

    @Test
    void a_deactivated_account_cannot_sign_in() {
        StaffDetails olga = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        asAdmin(() -> staff.update(olga.id(), new StaffData(olga.username(), olga.displayName(), null, "es",
                olga.role(), olga.centreIds(), false, olga.version())));

        assertThat(signIn(olga.username(), PASSWORD)).isInstanceOf(DisabledException.class);
    }

    /**
     * Posts the login form as the browser does; returns why the sign-in failed, as the login page reads it
     * from the session, or null when it succeeded.
     */
    private Exception signIn(String username, String password) {
        MockHttpSession session = new MockHttpSession();
        try {
            MvcResult result = browser.perform(post("/login").session(session)
                    .param("username", username).param("password", password).with(csrf())).andReturn();
            String redirect = result.getResponse().getRedirectedUrl();
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure == null) {
                assertThat(redirect).as("redirect after a successful sign-in").doesNotContain("error");
                assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                        .as("security context kept in the session")
                        .isInstanceOfSatisfying(SecurityContext.class, signedIn ->
                                assertThat(signedIn.getAuthentication().getName()).isEqualTo(username.strip().toLowerCase()));
                return null;
            }
            assertThat(redirect).as("redirect after a failed sign-in").endsWith("/login?error");
            return (Exception) failure;
        } catch (Exception e) {
            throw new IllegalStateException("The login request itself failed", e);
        }
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return SystemAuthentication.call(work);
    }
}
