package org.infoplaza.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.infoplaza.security.Role;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.Translations;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A token's life through the application's own security filter chains: it works until it expires and is then
 * refused with a JSON 401 that says so; rotating it gives a new secret at once while the old one works for
 * the grace period only (or not at all when the administrator ends it); and each token may make only so many
 * requests before the API answers 429 with {@code Retry-After}. The clock stands still, so no allowance comes
 * back unless a test moves it.
 */
@IntegrationTest
class ApiTokenLifecycleTest {

    private static final String PATH = "/api/v1/municipalities";

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TestClock clock;

    @Value("${infoplaza.api.rate-limit.requests}")
    int requestsAllowed;

    MockMvc api;
    LocalDateTime start;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        start = LocalDateTime.now(PanamaTime.ZONE).truncatedTo(ChronoUnit.MILLIS);
        clock.standAt(start);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void a_new_token_expires_after_the_default_ninety_days_unless_another_period_is_chosen() {
        CreatedToken usual = asAdmin(() -> tokens.create("Por defecto"));
        CreatedToken shorter = asAdmin(() -> tokens.create("Corto", 30));

        assertThat(usual.summary().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(90)));
        assertThat(shorter.summary().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
        assertThatThrownBy(() -> asAdmin(() -> tokens.create("Eterno", 366))).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "api.token.validity.range");
        assertThatThrownBy(() -> asAdmin(() -> tokens.create("Nada", 0))).isInstanceOf(DomainException.class);
    }

    @Test
    void an_expired_token_is_refused_with_a_json_401_that_says_so() throws Exception {
        String token = asAdmin(() -> tokens.create("Vence pronto", 30)).token();
        assertThat(call(token).getStatus()).isEqualTo(200);

        clock.standAt(start.plusDays(30).minusSeconds(1));
        assertThat(call(token).getStatus()).as("the last second of its validity").isEqualTo(200);

        clock.standAt(start.plusDays(30));
        MockHttpServletResponse expired = call(token);
        assertThat(expired.getStatus()).isEqualTo(401);
        assertThat(expired.getContentType()).startsWith("application/json");
        assertThat(expired.getHeader("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
        String json = expired.getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(json, "$.error")).isEqualTo("token-expired");
        assertThat(JsonPath.<String>read(json, "$.message")).startsWith("El token de la API venció el ")
                .contains(PanamaTime.dateTimeFormat(Translations.SPANISH).format(start.plusDays(30)
                        .atZone(PanamaTime.ZONE)));
        assertThat(Instant.parse(JsonPath.read(json, "$.expiredAt")))
                .isEqualTo(start.plusDays(30).atZone(PanamaTime.ZONE).toInstant());

        MockHttpServletResponse english = api.perform(get(PATH).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("The API token expired on");
    }

    @Test
    void a_rotated_token_takes_the_new_secret_at_once_and_the_old_one_only_for_the_grace_period() throws Exception {
        CreatedToken created = asAdmin(() -> tokens.create("Rotado"));
        String old = created.token();

        clock.standAt(start.plusDays(80));
        CreatedToken rotated = asAdmin(() -> tokens.rotate(created.summary().id(), 90, false));
        String fresh = rotated.token();

        assertThat(fresh).startsWith("ipz_").isNotEqualTo(old);
        assertThat(rotated.summary().id()).as("the same token, a new secret").isEqualTo(created.summary().id());
        assertThat(rotated.summary().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(90)));
        Duration grace = tokens.rotationGrace();
        assertThat(rotated.summary().previousValidUntil()).isEqualTo(clock.instant().plus(grace));
        assertThat(call(fresh).getStatus()).isEqualTo(200);
        assertThat(call(old).getStatus()).as("the old secret, during the grace period").isEqualTo(200);

        clock.standAt(start.plusDays(80).plus(grace));
        MockHttpServletResponse afterGrace = call(old);
        assertThat(afterGrace.getStatus()).isEqualTo(401);
        assertThat(afterGrace.getContentAsString(StandardCharsets.UTF_8)).contains("\"error\":\"token-expired\"");
        assertThat(call(fresh).getStatus()).isEqualTo(200);

        clock.standAt(start.plusDays(80 + 90));
        assertThat(call(fresh).getStatus()).as("the new secret's own expiry").isEqualTo(401);
    }

    @Test
    void rotating_with_the_old_secret_ended_at_once_stops_it_on_the_next_request() throws Exception {
        CreatedToken created = asAdmin(() -> tokens.create("Filtrado"));
        assertThat(call(created.token()).getStatus()).isEqualTo(200);

        CreatedToken rotated = asAdmin(() -> tokens.rotate(created.summary().id(), 30, true));

        assertThat(rotated.summary().previousValidUntil()).isNull();
        MockHttpServletResponse leaked = call(created.token());
        assertThat(leaked.getStatus()).isEqualTo(401);
        assertThat(leaked.getContentAsString(StandardCharsets.UTF_8)).contains("\"error\":\"unauthorized\"")
                .contains("no es válido");
        assertThat(call(rotated.token()).getStatus()).isEqualTo(200);
    }

    @Test
    void rotating_renews_an_expired_token_but_a_revoked_token_cannot_be_rotated() throws Exception {
        CreatedToken created = asAdmin(() -> tokens.create("Renovable", 30));
        clock.standAt(start.plusDays(45));
        assertThat(call(created.token()).getStatus()).isEqualTo(401);

        CreatedToken renewed = asAdmin(() -> tokens.rotate(created.summary().id(), 30, false));

        assertThat(renewed.summary().previousValidUntil()).as("an expired secret gets no grace").isNull();
        assertThat(call(renewed.token()).getStatus()).isEqualTo(200);
        assertThat(call(created.token()).getStatus()).isEqualTo(401);

        asAdmin(() -> tokens.revoke(created.summary().id()));
        assertThat(call(renewed.token()).getStatus()).isEqualTo(401);
        assertThatThrownBy(() -> asAdmin(() -> tokens.rotate(created.summary().id(), 30, false)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "api.token.rotate.revoked");
    }

    @Test
    void a_revoked_token_stops_with_both_its_secrets() throws Exception {
        CreatedToken created = asAdmin(() -> tokens.create("Dos secretos"));
        CreatedToken rotated = asAdmin(() -> tokens.rotate(created.summary().id(), 90, false));
        assertThat(call(created.token()).getStatus()).isEqualTo(200);

        asAdmin(() -> tokens.revoke(created.summary().id()));

        assertThat(call(created.token()).getStatus()).isEqualTo(401);
        assertThat(call(rotated.token()).getStatus()).isEqualTo(401);
    }

    @Test
    void each_token_may_make_only_so_many_requests_then_gets_429_with_retry_after() throws Exception {
        String busy = asAdmin(() -> tokens.create("Impaciente")).token();
        String other = asAdmin(() -> tokens.create("Paciente")).token();

        for (int request = 1; request <= requestsAllowed; request++) {
            MockHttpServletResponse allowed = call(busy);
            assertThat(allowed.getStatus()).as("request %d", request).isEqualTo(200);
            assertThat(allowed.getHeader("X-RateLimit-Limit")).isEqualTo(Integer.toString(requestsAllowed));
            assertThat(allowed.getHeader("X-RateLimit-Remaining")).isEqualTo(Integer.toString(requestsAllowed - request));
        }

        MockHttpServletResponse refused = call(busy);
        assertThat(refused.getStatus()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
        assertThat(retryAfter).isPositive();
        assertThat(refused.getContentType()).startsWith("application/json");
        String json = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<Integer>read(json, "$.status")).isEqualTo(429);
        assertThat(JsonPath.<String>read(json, "$.error")).isEqualTo("too-many-requests");
        assertThat(JsonPath.<String>read(json, "$.message")).startsWith("Demasiadas solicitudes con este token")
                .contains(Long.toString(retryAfter));
        assertThat(JsonPath.<Integer>read(json, "$.retryAfterSeconds")).isEqualTo((int) retryAfter);
        assertThat(call(other).getStatus()).as("another token has its own allowance").isEqualTo(200);

        clock.standAt(start.plusSeconds(retryAfter));
        assertThat(call(busy).getStatus()).as("after Retry-After").isEqualTo(200);
    }

    private MockHttpServletResponse call(String token) throws Exception {
        return api.perform(get(PATH).header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    private <T> T asAdmin(Supplier<T> work) {
        SignedIn.as(Role.ADMIN);
        try {
            return work.get();
        } finally {
            SignedIn.nobody();
        }
    }
}
