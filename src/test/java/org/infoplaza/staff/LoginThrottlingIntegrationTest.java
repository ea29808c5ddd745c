package org.infoplaza.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.staff.StaffTestData.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.staff.SignInFailureDetails.Reason;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.TestClock;
import org.infoplaza.shared.PanamaTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Signs in the way the login page does, by posting the form from a given client address through the
 * application's own security filter chain: every refusal looks the same from outside, the throttle holds back
 * an account at the address that failed and an address that tries many usernames, never the account
 * elsewhere, and administrators see each refusal. The throttle is one bean for all tests, so each test uses
 * addresses of its own.
 */
@IntegrationTest
class LoginThrottlingIntegrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    WebApplicationContext context;

    @Autowired
    StaffService staff;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    MockMvc browser;
    CentreDetails centre;

    @BeforeEach
    void setUp() {
        browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        centre = fixtures.centre();
        // Each try costs a password hash; the clock stands still so no token comes back meanwhile.
        clock.standAt(LocalDateTime.now(PanamaTime.ZONE).truncatedTo(ChronoUnit.MILLIS));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void every_refusal_looks_the_same_whether_the_account_is_unknown_inactive_held_back_or_the_password_wrong() {
        StaffDetails olga = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        StaffDetails inactive = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        asAdmin(() -> staff.update(inactive.id(), new StaffData(inactive.username(), inactive.displayName(), null, "es",
                inactive.role(), inactive.centreIds(), false, inactive.version())));
        String address = newAddress();
        String heldBackAt = newAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(olga.username(), "wrong-password-" + attempt, heldBackAt);
        }

        List<Refusal> refusals = List.of(
                refusal(Fixtures.unique("nobody"), PASSWORD, address),
                refusal(olga.username(), "wrong-password", address),
                refusal(inactive.username(), PASSWORD, address),
                refusal(olga.username(), PASSWORD, heldBackAt));

        assertThat(refusals).allSatisfy(refusal -> assertThat(refusal).isEqualTo(refusals.getFirst()));
        assertThat(refusals.getFirst().redirect()).endsWith("/login?error");
    }

    @Test
    void five_failures_hold_the_account_back_at_that_address_but_not_where_its_owner_works() {
        StaffDetails admin = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        String attacker = newAddress();
        String desk = newAddress();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(admin.username(), "guess-" + attempt, attacker)).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(signIn(admin.username(), PASSWORD, attacker)).as("even the right password, from there")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(admin.username(), PASSWORD, desk)).as("the right password from the owner's desk").isNull();
        assertThat(failuresOf(admin.username())).extracting(SignInFailureDetails::reason)
                .containsOnly(Reason.WRONG_PASSWORD, Reason.THROTTLED);
    }

    @Test
    void an_address_trying_many_usernames_is_held_back_even_for_a_real_account() {
        StaffDetails olga = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        String sprayer = newAddress();
        for (int attempt = 1; attempt <= 20; attempt++) {
            signIn(Fixtures.unique("guess"), "password-" + attempt, sprayer);
        }

        assertThat(signIn(olga.username(), PASSWORD, sprayer)).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(olga.username(), PASSWORD, newAddress())).isNull();
    }

    @Test
    void an_administrator_lets_a_held_back_account_try_again_at_once() {
        StaffDetails olga = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        String address = newAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(olga.username(), "wrong-password-" + attempt, address);
        }
        StaffDetails heldBack = asAdmin(() -> staff.get(olga.id()));
        assertThat(heldBack.locked()).as("shown as held back to administrators").isTrue();

        asAdmin(() -> staff.unlock(heldBack.id(), heldBack.version()));

        assertThat(asAdmin(() -> staff.get(olga.id())).locked()).isFalse();
        assertThat(signIn(olga.username(), PASSWORD, address)).isNull();
    }

    @Test
    void administrators_see_who_tried_which_username_when_and_from_where_but_never_the_password() {
        StaffDetails olga = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        String address = newAddress();
        Instant before = clock.instant();

        signIn(" " + olga.username().toUpperCase() + " ", "my-secret-guess", address);

        List<SignInFailureDetails> seen = failuresOf(address);
        assertThat(seen).singleElement().satisfies(failure -> {
            assertThat(failure.usernameTried()).isEqualTo(olga.username().toUpperCase());
            assertThat(failure.clientAddress()).isEqualTo(address);
            assertThat(failure.accountExists()).isTrue();
            assertThat(failure.reason()).isEqualTo(Reason.WRONG_PASSWORD);
            assertThat(failure.occurredAt()).isEqualTo(before);
            assertThat(failure.toString()).doesNotContain("my-secret-guess");
        });
    }

    @Test
    void a_successful_sign_in_records_the_time_and_matches_the_username_whatever_its_case() {
        StaffDetails olga = StaffTestData.create(staff, StaffTestData.operator(centre.id()));
        Instant before = clock.instant();

        assertThat(signIn(" " + olga.username().toUpperCase() + " ", PASSWORD, newAddress())).isNull();

        assertThat(asAdmin(() -> staff.get(olga.id())).lastLoginAt())
                .isEqualTo(before);
    }

    private List<SignInFailureDetails> failuresOf(String text) {
        return asAdmin(() -> staff.failedSignIns(text, PageRequest.of(0, 50, Sort.by("id")))).getContent();
    }

    /** What someone outside learns from a refused sign-in: where they are sent and what the page is told. */
    private record Refusal(int status, String redirect, Class<?> failure, String message) {
    }

    private Refusal refusal(String username, String password, String address) {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = post(username, password, address, session);
        Exception failure = (Exception) session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(failure).as("refused").isNotNull();
        return new Refusal(result.getResponse().getStatus(), result.getResponse().getRedirectedUrl(), failure.getClass(),
                failure.getMessage());
    }

    /**
     * Posts the login form as the browser does; returns why the sign-in failed, as the login page reads it
     * from the session, or null when it succeeded.
     */
    private Exception signIn(String username, String password, String address) {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = post(username, password, address, session);
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
    }

    private MvcResult post(String username, String password, String address, MockHttpSession session) {
        try {
            return browser.perform(MockMvcRequestBuilders.post("/login")
                    .session(session).param("username", username).param("password", password).with(csrf())
                    .with(request -> {
                        request.setRemoteAddr(address);
                        return request;
                    })).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException("The login request itself failed", e);
        }
    }

    /** A client address no other test has used, so the throttle's buckets start full. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return SystemAuthentication.call(work);
    }
}
