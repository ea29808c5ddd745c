package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.infoplaza.workshop.WorkshopDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat's dashboard in a real browser: after a morning of walk-ins at a centre (twenty women,
 * eighteen men and one person of another sex, checked out), the secretariat opens *Indicadores* and sees the month's charts drawn by ECharts and
 * the tables with the one person of another sex hidden as "<5". A screenshot goes to target/screenshots/indicators.png.
 */
@EndToEndTest
class IndicatorsDashboardE2ETest {

    private static final String DRAWN = ".indicator-charts .chart-canvas[data-rendered] svg";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    StationUseDesk stationUse;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_secretariat_sees_the_months_charts_and_suppressed_tables() throws Exception {
        // A centre the size of a real one, with one person of another sex: too few people leave nothing to show.
        List<Sex> people = new java.util.ArrayList<>(java.util.Collections.nCopies(20, Sex.FEMALE));
        people.addAll(java.util.Collections.nCopies(18, Sex.MALE));
        people.add(Sex.OTHER_OR_UNSAID);
        CentreDetails centre = stationUse.morningOfWalkIns(people);
        StaffPrincipal secretariat = fixtures.staff(Role.SECRETARIAT, centre.id());
        // A month later: Indicadores opens on the last finished month, the one of the walk-ins.
        clock.standAt(WorkshopDesk.mondayAt(9, 30).plusMonths(1));

        try (Browser browser = new Browser(port)) {
            try {
                browser.signIn(secretariat.getUsername(), Fixtures.STAFF_PASSWORD);
                browser.open("indicators");
                new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                        .until(driver -> driver.findElements(By.cssSelector(DRAWN)).size() == 3);
                String bySex = "//div[contains(@class,'published-table')][.//h3[contains(., 'por centro, por sexo')]]";
                browser.waitUntil(By.xpath(bySex), centre.code());
                String ours = bySex + "//vaadin-grid-cell-content[normalize-space(.)='" + centre.code() + "']";
                assertThat(browser.driver.findElements(By.xpath(ours))).isNotEmpty();
                assertThat(browser.driver.findElement(By.xpath(bySex)).getText()).contains("<5");
                assertThat(browser.driver.findElement(By.cssSelector(".indicator-charts")).getText())
                        .contains("Sesiones por centro");
                browser.screenshotTo(Path.of("target", "screenshots", "indicators.png"));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("indicators-failure");
                throw e;
            }
        }
    }
}
