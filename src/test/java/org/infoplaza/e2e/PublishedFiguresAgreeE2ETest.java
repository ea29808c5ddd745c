package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.reporting.api.ApiTokens;
import org.infoplaza.security.Role;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same month read three ways by an outsider: the public page in a browser, the REST API as JSON and the
 * API's CSV download. All three publish the same protected figures for the country's members by sex, cell
 * for cell (they all come from the month's one release), and none of them shows a count from 1 to 4. A
 * screenshot goes to target/screenshots/transparencia-release.png.
 */
@EndToEndTest
class PublishedFiguresAgreeE2ETest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    ApiTokens tokens;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_public_page_the_api_and_its_csv_publish_the_same_protected_figures() throws Exception {
        List<Sex> people = new ArrayList<>(Collections.nCopies(25, Sex.FEMALE));
        people.addAll(Collections.nCopies(24, Sex.MALE));
        people.add(Sex.OTHER_OR_UNSAID);
        stationUse.morningOfWalkIns(people);
        YearMonth month = YearMonth.from(WorkshopDesk.monday());
        // The page and the API publish months that are over.
        clock.standAt(month.plusMonths(1).atDay(2).atTime(9, 0));
        SignedIn.as(Role.ADMIN);
        String token = tokens.create("Comparación " + System.nanoTime()).token();
        SignedIn.nobody();

        List<String> page;
        try (Browser browser = new Browser(port)) {
            browser.open("transparencia");
            By bySex = By.xpath("//div[contains(@class,'published-table')][.//h3[contains(., 'por sexo')]]");
            browser.waitUntil(bySex, "Todo el país");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(driver -> cellsAfter(driver.findElement(bySex), "Todo el país").size() == 4);
            page = cellsAfter(browser.driver.findElement(bySex), "Todo el país");
            browser.screenshotTo(Path.of("target", "screenshots", "transparencia-release.png"));
        }

        String json = get("/api/v1/indicators/station-use?month=" + month, token, "application/json");
        List<String> api = new ArrayList<>();
        List<Map<String, Object>> cells = JsonPath.read(json, "$.togetherBySex.cells[0]");
        cells.forEach(cell -> api.add(display(cell)));
        api.add(display(JsonPath.read(json, "$.togetherBySex.total")));

        String csv = get("/api/v1/indicators/station-use?month=" + month + "&format=csv&table=together-by-sex",
                token, "text/csv");
        List<String> row = csv.lines().filter(line -> line.contains("\"Todo el país\"")).findFirst().orElseThrow()
                .transform(line -> List.of(line.split(",")));
        List<String> download = row.subList(1, row.size()).stream().map(cell -> cell.replace("\"", "")).toList();

        assertThat(page).as("the public page").hasSize(4);
        assertThat(api).as("the API, as JSON").isEqualTo(page);
        assertThat(download).as("the API's CSV").isEqualTo(page);
        assertThat(page).noneMatch(cell -> cell.matches("[1-4]"));
        assertThat(page.get(Sex.OTHER_OR_UNSAID.ordinal())).as("the one person of another sex").isIn("<5", "x");
    }

    /** The texts of the grid cells that follow the cell reading {@code label}, in the order the grid has them. */
    private static List<String> cellsAfter(WebElement table, String label) {
        List<String> texts = table.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getText().strip()).toList();
        int at = texts.indexOf(label);
        return at < 0 ? List.of() : texts.subList(at + 1, Math.min(texts.size(), at + 5));
    }

    private static String display(Map<String, Object> cell) {
        if (cell.containsKey("hidden")) {
            return (String) cell.get("hidden");
        }
        return (Boolean.TRUE.equals(cell.get("rounded")) ? "\u2248" : "") + cell.get("value");
    }

    private String get(String path, String token, String accept) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .header("Accept", accept).header("Accept-Language", "es").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
