package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.infoplaza.shared.ui.chart.Chart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ECharts really draws in a browser: someone not signed in opens a page with a chart of each kind and sees
 * drawings (SVG) with the charts' labels, the table behind "Ver tabla" with "<5" for a suppressed value, a
 * chart that follows its container's width, and a removed chart disposed of.
 */
@EndToEndTest
class ChartRenderingE2ETest {

    private static final String DRAWN = ".chart-canvas[data-rendered] svg";

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    private RouteConfiguration routes;

    @BeforeEach
    void registerTestPage() {
        routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
        routes.setRoute(ChartTestPage.ROUTE, ChartTestPage.class);
    }

    @AfterEach
    void removeTestPage() {
        routes.removeRoute(ChartTestPage.ROUTE);
    }

    @Test
    void the_charting_script_is_served_to_anyone_from_its_webjar() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/" + Chart.SCRIPT_PATH)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(response.body()).contains("echarts");
    }

    @Test
    void a_visitor_sees_every_kind_of_chart_drawn_with_its_table_alternative() throws Exception {
        try (Browser browser = new Browser(port)) {
            try {
                browser.open(ChartTestPage.ROUTE);
                WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
                wait.until(driver -> driver.findElements(By.cssSelector(DRAWN)).size() == 4);

                List<WebElement> canvases = browser.driver.findElements(By.cssSelector(".chart-canvas"));
                assertThat(canvases).hasSize(4).allSatisfy(canvas -> assertThat(canvas.getAttribute("role")).isEqualTo("img"));
                assertThat(svgText(canvases.get(0))).contains("Ene", "Jun", "Mujeres", "Hombres", "<5");
                assertThat(svgText(canvases.get(2))).contains("Mujer", "412");
                assertThat(svgText(canvases.get(3))).contains("Lunes", "Sábado", "<5");
                assertThat(browser.driver.findElements(By.cssSelector("script[src*='echarts.min.js']"))).hasSize(1);

                WebElement first = browser.driver.findElement(By.cssSelector(".chart"));
                first.findElement(By.cssSelector("summary")).click();
                WebElement table = first.findElement(By.cssSelector("table.chart-table"));
                wait.until(driver -> table.isDisplayed());
                assertThat(table.findElement(By.cssSelector("tbody tr:nth-child(2)")).getText()).isEqualTo("Feb 134 <5");
                assertThat(first.findElement(By.cssSelector(".chart-note")).getText()).startsWith("<5: menos de 5 personas");

                browser.driver.manage().window().setSize(new Dimension(1366, 2300));
                Path picture = Path.of("target", "screenshots", "chart.png");
                browser.screenshotTo(picture);
                assertThat(picture).isNotEmptyFile();

                JavascriptExecutor js = (JavascriptExecutor) browser.driver;
                js.executeScript("document.querySelector('.chart-wrapper').style.width = '400px'");
                wait.until(driver -> ((Number) js.executeScript(
                        "return document.querySelector('.chart-wrapper .chart-canvas svg').getBoundingClientRect().width"))
                        .doubleValue() == 400);

                js.executeScript("window.removedChart = document.querySelector('.chart-wrapper .chart-canvas')");
                assertThat(js.executeScript("return !!echarts.getInstanceByDom(window.removedChart)")).isEqualTo(true);
                browser.driver.findElement(By.cssSelector(".remove-chart")).click();
                wait.until(driver -> Boolean.TRUE.equals(js.executeScript(
                        "return !window.removedChart.isConnected && !echarts.getInstanceByDom(window.removedChart)")));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("chart-rendering-failure");
                throw e;
            }
        }
    }

    private static String svgText(WebElement canvas) {
        return canvas.findElement(By.tagName("svg")).getAttribute("textContent");
    }
}
