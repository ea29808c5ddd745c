package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.Sex;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat's dashboard in a real browser: after a morning of walk-ins at a centre (six women and a
 * man, checked out), the secretariat opens *Indicadores* and sees the month's charts drawn by ECharts and
 * the tables with the single man hidden as "<5". A screenshot goes to target/screenshots/indicators.png.
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
    CentreService centres;

    @Autowired
    StationService stations;

    @Autowired
    MemberService members;

    @Autowired
    BookingService bookings;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_secretariat_sees_the_months_charts_and_suppressed_tables() throws Exception {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        for (int i = 1; i <= 7; i++) {
            String label = "PC-%02d".formatted(i);
            SystemAuthentication.run(() -> stations.create(centre.id(),
                    new StationData(label, StationKind.DESKTOP, null, null, null, 0)));
        }
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        List<BookingDetails> sessions = List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE,
                Sex.FEMALE, Sex.MALE).stream().map(sex -> bookings.startWalkIn(members.register(
                MemberRegistrations.aMember(centre.id()).sex(sex).build()).id(), centre.id(), VisitPurpose.EMPLOYMENT))
                .toList();
        clock.standAt(WorkshopDesk.mondayAt(9, 40));
        sessions.forEach(session -> bookings.checkOut(session.id()));
        SignedIn.nobody();
        StaffPrincipal secretariat = fixtures.staff(Role.SECRETARIAT, centre.id());

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
                // The single man is hidden: as "<5", or as "x" when the whole country's table had to be withheld
                // because of other centres' small counts; never as 1.
                assertThat(browser.driver.findElement(By.xpath(bySex)).getText()).containsAnyOf("<5", "x");
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
