package org.infoplaza.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real server on loopback, since only the servlet container writes the session cookie: it is Secure (the
 * TLS proxy serves HTTPS), HttpOnly and SameSite, and the session never appears in an address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void the_sign_in_page_has_the_content_security_policy_and_its_session_cookie_is_secure_http_only_and_same_site_and_never_in_the_address() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().map()).as("status %s", page.statusCode()).containsKey("content-security-policy");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
        assertThat(page.body()).doesNotContainIgnoringCase(";jsessionid=");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        HttpResponse<String> redirect = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
    }
}
