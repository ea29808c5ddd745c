package org.infoplaza.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.infoplaza.staff.StaffData;
import org.infoplaza.staff.StaffService;
import org.infoplaza.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Login CSRF, on a real server on loopback as a browser meets it: the sign-in post needs the CSRF token of
 * the visitor's own sign-in page (Vaadin writes it into the page, and the login form posts it), so another
 * site cannot sign a browser in to an account of its choosing; a post without it, or with the token of
 * another session, goes back to a fresh sign-in page and signs nobody in. Vaadin's own requests carry
 * Vaadin's token instead and keep working without Spring's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInCsrfIntegrationTest {

    private static final String PASSWORD = "a long enough pass phrase";
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=[^;]+");

    @LocalServerPort
    int port;

    @Autowired
    StaffService staff;

    @Autowired
    SecurityContextHolderStrategy contexts;

    HttpClient http;
    String username;

    @BeforeEach
    void setUp() {
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        username = Fixtures.unique("csrf").toLowerCase();
        SystemAuthentication.call(() -> {
            // This server's own context holder too: another test context started later owns the global one.
            SecurityContext previous = contexts.getContext();
            contexts.setContext(SecurityContextHolder.getContext());
            try {
                return staff.create(new StaffData(username, "Prueba CSRF", null, "es", Role.ADMIN, Set.of(), true, 0),
                        PASSWORD);
            } finally {
                contexts.setContext(previous);
            }
        });
    }

    @Test
    void the_sign_in_post_needs_the_csrf_token_of_the_visitors_own_sign_in_page() throws Exception {
        SignInPage victim = openSignInPage();
        SignInPage attacker = openSignInPage();
        assertThat(victim.token()).isNotBlank().isNotEqualTo(attacker.token());

        HttpResponse<String> withoutToken = post("/login", victim.cookie(),
                Map.of("username", username, "password", PASSWORD));
        assertThat(withoutToken.statusCode()).isEqualTo(302);
        assertThat(location(withoutToken)).endsWith("/login?expired");
        assertThat(get("/", victim.cookie()).statusCode()).as("still signed out").isEqualTo(302);

        HttpResponse<String> othersToken = post("/login", victim.cookie(),
                Map.of("username", username, "password", PASSWORD, victim.parameter(), attacker.token()));
        assertThat(location(othersToken)).as("a token of another session").endsWith("/login?expired");
        assertThat(get("/", victim.cookie()).statusCode()).as("still signed out").isEqualTo(302);

        HttpResponse<String> withToken = post("/login", victim.cookie(),
                Map.of("username", username, "password", PASSWORD, victim.parameter(), victim.token()));
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(location(withToken)).doesNotContain("login");
        String signedIn = sessionCookie(withToken);
        assertThat(signedIn).as("a new session at sign-in").isNotEqualTo(victim.cookie());
        assertThat(get("/", signedIn).statusCode()).as("signed in").isEqualTo(200);
    }

    @Test
    void a_wrong_password_with_the_token_is_an_ordinary_refusal() throws Exception {
        SignInPage page = openSignInPage();

        HttpResponse<String> refused = post("/login", page.cookie(),
                Map.of("username", username, "password", "not the password", page.parameter(), page.token()));

        assertThat(location(refused)).endsWith("/login?error");
    }

    @Test
    void vaadins_own_requests_keep_working_without_springs_token() throws Exception {
        SignInPage page = openSignInPage();
        HttpResponse<String> init = get("/?v-r=init&location=login&query=", page.cookie());
        assertThat(init.statusCode()).isEqualTo(200);
        String key = match(init.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"");
        String ui = match(init.body(), "\"v-uiId\":(\\d+)");

        HttpResponse<String> uidl = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + ui))
                .header("Cookie", page.cookie()).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")));
        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).as("answered as the next message").contains("\"syncId\":1");
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + ui))
                .header("Cookie", page.cookie()).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"csrfToken\":\"forged\",\"rpc\":[],\"syncId\":1,\"clientId\":1}")));
        assertThat(forged.body()).as("Vaadin's own token still guards them").contains("appError")
                .contains("\"syncId\":-1");

        HttpResponse<String> heartbeat = send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=" + ui))
                .header("Cookie", page.cookie()).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(heartbeat.statusCode()).isEqualTo(200);
    }

    /** The sign-in page as a browser gets it: its session cookie and the CSRF token Vaadin wrote into it. */
    private SignInPage openSignInPage() throws Exception {
        HttpResponse<String> page = get("/login", null);
        assertThat(page.statusCode()).isEqualTo(200);
        Element token = Jsoup.parse(page.body()).selectFirst("meta[name=_csrf]");
        Element parameter = Jsoup.parse(page.body()).selectFirst("meta[name=_csrf_parameter]");
        assertThat(token).as("the page carries the CSRF token for the login form").isNotNull();
        assertThat(parameter).isNotNull();
        return new SignInPage(sessionCookie(page), parameter.attr("content"), token.attr("content"));
    }

    private record SignInPage(String cookie, String parameter, String token) {
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.GET());
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> form) throws Exception {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** The session cookie the response set (the cookie is Secure, so an HTTP client would not send it back itself). */
    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(Matcher::group).findFirst().orElseThrow();
    }

    private static String match(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as(pattern).isTrue();
        return matcher.group(1);
    }
}
