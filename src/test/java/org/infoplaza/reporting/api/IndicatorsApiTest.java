package org.infoplaza.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The REST API through the application's own security filter chains: a centre where six women and one man
 * used the stations this month is read with a token; the man is "<5" in JSON and CSV and no count from 1 to
 * 4 appears in any table; without a valid token, with a revoked one, or with anything but GET, nothing is
 * read; a token opens no view; the OpenAPI description lists the endpoints without a token.
 */
@IntegrationTest
class IndicatorsApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    CentreService centres;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TestClock clock;

    MockMvc api;
    CentreDetails centre;
    MunicipalityOption municipality;
    YearMonth month;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        List<MunicipalityOption> all = SystemAuthentication.call(centres::municipalities);
        municipality = all.get(all.size() - 2);
        centre = stationUse.morningOfWalkIns(municipality.id(),
                List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE));
        month = YearMonth.from(WorkshopDesk.monday());
        // The API publishes months that are over.
        clock.standAt(month.plusMonths(1).atDay(2).atTime(9, 0));
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void a_valid_token_reads_the_month_with_small_counts_hidden() throws Exception {
        String token = newToken("Estadística");

        MockHttpServletResponse response = call(get("/api/v1/indicators/station-use")
                .param("month", month.toString()).param("municipality", Long.toString(municipality.id())), token);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        String json = response.getContentAsString(StandardCharsets.UTF_8);
        int row = JsonPath.<List<String>>read(json, "$.membersBySex.rows").indexOf(centre.code());
        assertThat(row).isNotNegative();
        Map<String, Object> man = JsonPath.read(json, "$.membersBySex.cells[%d][%d]".formatted(row, Sex.MALE.ordinal()));
        assertThat(man).as("hidden: as <5, or withheld with everything of so small a centre")
                .containsOnlyKeys("hidden").containsAnyOf(Map.entry("hidden", "<5"), Map.entry("hidden", "x"));
        List<Integer> published = JsonPath.read(json, "$..value");
        assertThat(published).as("every published count").isNotEmpty().noneMatch(n -> n >= 1 && n <= 4);
        assertThat(JsonPath.<List<String>>read(json, "$.membersBySex.columnKeys")).contains("MALE", "FEMALE");
        assertThat(JsonPath.<List<Integer>>read(json, "$.activity[?(@.centre == '%s')].sessions"
                .formatted(centre.code()))).containsExactly(7);
        assertThat(JsonPath.<List<String>>read(json, "$.membersBySex.notes")).anyMatch(n -> n.startsWith("x: "));
        assertThat(JsonPath.<String>read(json, "$.unit")).isEqualTo(municipality.label());
    }

    @Test
    void the_same_tables_come_as_csv_with_their_marks() throws Exception {
        String token = newToken("Hoja de cálculo");

        MockHttpServletResponse bySex = call(get("/api/v1/indicators/station-use").param("month", month.toString())
                .param("municipality", Long.toString(municipality.id())).param("format", "csv")
                .param("table", "members-by-sex"), token);
        assertThat(bySex.getStatus()).isEqualTo(200);
        assertThat(bySex.getContentType()).startsWith("text/csv");
        String text = bySex.getContentAsString(StandardCharsets.UTF_8);
        String ours = text.lines().filter(line -> line.startsWith("\"" + centre.code() + "\"")).findFirst().orElseThrow();
        assertThat(ours).containsAnyOf("\"<5\"", "\"x\"").doesNotContain("\"1\"", "\"6\"");

        MockHttpServletResponse activity = call(get("/api/v1/indicators/station-use").param("month", month.toString())
                .param("municipality", Long.toString(municipality.id())).header("Accept", "text/csv")
                .header("Accept-Language", "en"), token);
        assertThat(activity.getContentType()).startsWith("text/csv");
        String lines = activity.getContentAsString(StandardCharsets.UTF_8);
        assertThat(lines).contains("\"" + centre.code() + "\",\"7\"");
        assertThat(lines.lines().findFirst().orElseThrow()).contains("\"Sessions\"");
    }

    @Test
    void the_trend_has_twelve_months_up_to_the_one_asked_for() throws Exception {
        String token = newToken("Tendencias");

        String json = call(get("/api/v1/indicators/trend").param("to", month.toString())
                .param("municipality", Long.toString(municipality.id())), token).getContentAsString(StandardCharsets.UTF_8);

        assertThat(JsonPath.<List<String>>read(json, "$.months[*].month")).hasSize(12)
                .startsWith(month.minusMonths(11).toString()).endsWith(month.toString());
        assertThat(JsonPath.<Integer>read(json, "$.months[11].sessions")).isGreaterThanOrEqualTo(7);
        assertThat(JsonPath.<List<Integer>>read(json, "$..value")).noneMatch(n -> n >= 1 && n <= 4);
    }

    @Test
    void the_municipalities_are_listed() throws Exception {
        String json = call(get("/api/v1/municipalities"), newToken("Municipios")).getContentAsString(StandardCharsets.UTF_8);

        assertThat(JsonPath.<List<Integer>>read(json, "$[*].id")).contains(Math.toIntExact(municipality.id()));
    }

    @Test
    void without_a_valid_token_nothing_is_read() throws Exception {
        String path = "/api/v1/indicators/station-use?month=" + month;

        MockHttpServletResponse none = api.perform(get(path)).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.getContentAsString(StandardCharsets.UTF_8)).contains("\"error\":\"unauthorized\"")
                .contains("Authorization: Bearer").doesNotContain("Exception").doesNotContain("trace");

        assertThat(call(get(path), "ipz_" + "A".repeat(43)).getStatus()).as("a wrong token").isEqualTo(401);
        assertThat(call(get(path), "not-even-ours").getStatus()).isEqualTo(401);
        assertThat(api.perform(get(path).header("Authorization", "Basic YWRtaW46YWRtaW4=")).andReturn().getResponse()
                .getStatus()).isEqualTo(401);

        String token = newToken("Revocado");
        assertThat(call(get(path), token).getStatus()).isEqualTo(200);
        long id = idOf("Revocado");
        SignedIn.as(Role.ADMIN);
        tokens.revoke(id);
        SignedIn.nobody();
        MockHttpServletResponse revoked = call(get(path), token);
        assertThat(revoked.getStatus()).isEqualTo(401);
        assertThat(revoked.getContentAsString(StandardCharsets.UTF_8)).contains("revocado");
    }

    @Test
    void a_signed_in_staff_session_does_not_open_the_api() throws Exception {
        StaffPrincipal secretariat = SignedIn.principal(Role.SECRETARIAT);
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(secretariat, null,
                secretariat.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signedIn);

        assertThat(api.perform(get("/api/v1/municipalities").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void only_reads_are_allowed() throws Exception {
        String token = newToken("Escritura");

        MockHttpServletResponse withToken = call(post("/api/v1/indicators/station-use").param("month", month.toString()), token);
        assertThat(withToken.getStatus()).isEqualTo(405);
        assertThat(withToken.getHeader("Allow")).isEqualTo("GET, HEAD");
        assertThat(api.perform(post("/api/v1/municipalities")).andReturn().getResponse().getStatus()).isEqualTo(405);
        assertThat(call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/municipalities"),
                token).getStatus()).isEqualTo(405);
    }

    @Test
    void a_token_opens_no_view_and_no_download_of_the_application() throws Exception {
        String token = newToken("Curioso");

        for (String path : List.of("/members", "/indicators", "/api-tokens", "/audit", "/")) {
            MockHttpServletResponse response = call(get(path), token);
            assertThat(response.getForwardedUrl()).as("%s not handed to Vaadin", path).isNull();
            assertThat(response.getStatus()).as(path).isIn(302, 401, 403);
        }
    }

    @Test
    void bad_parameters_are_explained_in_the_callers_language() throws Exception {
        String token = newToken("Parámetros");
        String path = "/api/v1/indicators/station-use";

        MockHttpServletResponse badMonth = call(get(path).param("month", "octubre"), token);
        assertThat(badMonth.getStatus()).isEqualTo(400);
        assertThat(badMonth.getContentAsString(StandardCharsets.UTF_8)).contains("AAAA-MM");

        MockHttpServletResponse current = call(get(path).param("month", month.plusMonths(1).toString())
                .header("Accept-Language", "en-US,en;q=0.8"), token);
        assertThat(current.getStatus()).as("the month in progress: never a partial table").isEqualTo(400);
        assertThat(current.getContentAsString(StandardCharsets.UTF_8)).contains("is not published yet")
                .contains("The latest published month is " + month);

        MockHttpServletResponse unknown = call(get(path).param("month", month.toString()).param("municipality", "987654321"), token);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("No existe el municipio 987654321");

        assertThat(call(get(path).param("month", month.toString()).param("municipality", "abc"), token).getStatus())
                .isEqualTo(400);
        assertThat(call(get(path), token).getContentAsString(StandardCharsets.UTF_8)).contains("Falta el parámetro «month»");
        assertThat(call(get("/api/v1/indicators/nothing-here"), token).getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/indicators/trend").param("to", month.plusYears(1).toString()), token)
                .getStatus()).isEqualTo(400);
        assertThat(call(get("/api/v1/indicators/trend").param("to", "-0001-01"), token).getStatus())
                .as("a signed year is not YYYY-MM").isEqualTo(400);
        assertThat(call(get(path).param("month", "2026-1"), token).getStatus()).isEqualTo(400);

        // Before the first centre opened (the test centres opened on Fixtures.OPENED): no empty tables either.
        YearMonth before = YearMonth.from(Fixtures.OPENED).minusMonths(1);
        MockHttpServletResponse tooEarly = call(get(path).param("month", before.toString()), token);
        assertThat(tooEarly.getStatus()).isEqualTo(400);
        assertThat(tooEarly.getContentAsString(StandardCharsets.UTF_8)).contains("anterior a las primeras cifras")
                .contains("van de " + YearMonth.from(Fixtures.OPENED) + " a " + month);
        assertThat(call(get("/api/v1/indicators/trend").param("to", before.toString()), token).getStatus())
                .isEqualTo(400);
    }

    @Test
    void use_is_stamped_at_most_once_a_minute() throws Exception {
        String token = newToken("Reloj");
        long id = idOf("Reloj");
        clock.standAt(WorkshopDesk.mondayAt(10, 0));
        call(get("/api/v1/municipalities"), token);
        assertThat(summary(id).lastUsedAt()).isEqualTo(clock.instant());

        java.time.Instant first = clock.instant();
        clock.standAt(WorkshopDesk.mondayAt(10, 0).plusSeconds(30));
        call(get("/api/v1/municipalities"), token);
        assertThat(summary(id).lastUsedAt()).as("not again within the minute").isEqualTo(first);

        clock.standAt(WorkshopDesk.mondayAt(10, 2));
        call(get("/api/v1/municipalities"), token);
        assertThat(summary(id).lastUsedAt()).isEqualTo(clock.instant());
    }

    @Test
    void the_openapi_description_lists_the_endpoints_without_a_token() throws Exception {
        MockHttpServletResponse response = api.perform(get("/api/openapi.json")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> paths = JsonPath.read(json, "$.paths");
        assertThat(paths).containsOnlyKeys("/api/v1/municipalities", "/api/v1/indicators/station-use",
                "/api/v1/indicators/trend");
        assertThat(JsonPath.<String>read(json, "$.components.securitySchemes.token.scheme")).isEqualTo("bearer");
        assertThat(JsonPath.<List<String>>read(json, "$.paths['/api/v1/indicators/station-use'].get.parameters[*].name"))
                .contains("month", "municipality", "format", "table");

        MockHttpServletResponse ui = api.perform(get("/api/docs.html")).andReturn().getResponse();
        assertThat(ui.getStatus()).as("Swagger UI, public").isEqualTo(302);
        String page = ui.getRedirectedUrl();
        assertThat(page).startsWith("/api/");
        MockHttpServletResponse swagger = api.perform(get(page)).andReturn().getResponse();
        assertThat(swagger.getStatus()).isEqualTo(200);
        assertThat(swagger.getContentAsString(StandardCharsets.UTF_8)).containsIgnoringCase("swagger-ui");
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return api.perform((RequestBuilder) request.header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    private String newToken(String label) {
        SignedIn.as(Role.ADMIN);
        try {
            return tokens.create(label + " " + System.nanoTime()).token();
        } finally {
            SignedIn.nobody();
        }
    }

    private long idOf(String labelStart) {
        SignedIn.as(Role.ADMIN);
        try {
            return tokens.page(0, 50).stream().filter(t -> t.label().startsWith(labelStart + " ")).findFirst()
                    .orElseThrow().id();
        } finally {
            SignedIn.nobody();
        }
    }

    private ApiTokenSummary summary(long id) {
        SignedIn.as(Role.ADMIN);
        try {
            return tokens.page(0, 200).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        } finally {
            SignedIn.nobody();
        }
    }
}
