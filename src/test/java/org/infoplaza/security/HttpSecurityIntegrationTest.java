package org.infoplaza.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.infoplaza.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The HTTP answers that protect the browser and the server: headers, CSRF on sign-in, metrics behind a token. */
@IntegrationTest
class HttpSecurityIntegrationTest {

    @Autowired
    WebApplicationContext context;

    MockMvc anonymous;

    @BeforeEach
    void setUp() {
        anonymous = MockMvcBuilders.webAppContextSetup(context).addFilters(new ContentSecurityPolicyFilter())
                .apply(springSecurity()).build();
    }

    @Test
    void every_response_carries_a_content_security_policy_vaadin_works_with_and_refuses_framing() throws Exception {
        // The Vaadin servlet itself needs a real server (SessionCookieIntegrationTest checks a page there too).
        MvcResult page = anonymous.perform(get("/actuator/health")).andReturn();

        String csp = page.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "form-action 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void metrics_are_not_reachable_anonymously_nor_with_a_wrong_token() throws Exception {
        assertThat(anonymous.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(anonymous.perform(get("/actuator/prometheus").header("Authorization", "Bearer guessed"))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(anonymous.perform(get("/actuator/prometheus").header("Authorization", "Bearer test-scrape-token"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void the_sign_in_post_is_refused_without_a_csrf_token() throws Exception {
        // SignInCsrfIntegrationTest signs in with the token of a real sign-in page.
        MvcResult forged = anonymous.perform(post("/login").param("username", "someone")
                .param("password", "some password")).andReturn();
        assertThat(forged.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");

        MvcResult withToken = anonymous.perform(post("/login").param("username", "someone")
                .param("password", "some password").with(csrf()).with(request -> {
                    request.setRemoteAddr("198.51.100.18"); // an address of its own for the sign-in throttle
                    return request;
                })).andReturn();
        assertThat(withToken.getResponse().getRedirectedUrl()).as("checked, and refused as any wrong password")
                .isEqualTo("/login?error");
    }

    @Test
    void health_stays_public_for_the_load_balancer() throws Exception {
        assertThat(anonymous.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isIn(200, 503);
    }
}
