package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The front desk of a 20-station centre on a laptop, at 15:07 on a Monday with a session running: at 1366×768
 * and at 1024×768 every station is on screen without scrolling the page, the board has scrolled so the
 * current time is in view, and "Cerrar sesión" is within the window. Then, from the keyboard alone, Alt+S
 * opens the walk-in dialog and the message names the station and the end time; the session, at the limit,
 * offers no extension and says why; Alt+I preselects a free station for a guest (never the children's PC
 * or a busy one); and the public queue screen counts the free children's PC apart.
 */
@EndToEndTest
class DeskOnALaptopE2ETest {

    /** What the page measures: page and board sizes, the last station row, the now-line, the logout button. */
    private static final String MEASURE = """
            const scroller = document.querySelector('.day-board-scroller').getBoundingClientRect();
            const labels = document.querySelector('.board-corner').getBoundingClientRect();
            const rows = document.querySelectorAll('.board-station');
            const now = document.querySelector('.board-now').getBoundingClientRect();
            const logout = document.querySelector('.app-header .logout').getBoundingClientRect();
            return {pageHeight: document.scrollingElement.scrollHeight, windowHeight: innerHeight,
                windowWidth: innerWidth, stations: rows.length,
                lastRowBottom: rows[rows.length - 1].getBoundingClientRect().bottom, boardBottom: scroller.bottom,
                nowX: now.left, boardLeft: labels.right, boardRight: scroller.right, logoutRight: logout.right};
            """;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    BookingService bookings;

    @Autowired
    MemberService members;

    @Autowired
    StationService stations;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void twenty_stations_fit_a_laptop_with_now_in_view_and_alt_s_starts_a_walk_in() throws IOException {
        LocalDate monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.standAt(monday.atTime(15, 7));
        CentreDetails centre = fixtures.centre();
        StationDetails first = fixtures.station(centre.id(), "PC-01");
        for (int i = 2; i <= 19; i++) {
            fixtures.station(centre.id(), "PC-%02d".formatted(i));
        }
        SystemAuthentication.call(() -> stations.create(centre.id(),
                new StationData("PC-20", StationKind.DESKTOP, null, 12, null, 0)));
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        MemberDetails ana = SystemAuthentication.call(() -> members.register(
                MemberRegistrations.aMember(centre.id()).named("Ana Lucía", "Batista").build()));
        SignedIn.as(operator);
        bookings.startGuestSession(centre.id(), first.id(), VisitPurpose.LEISURE);
        SignedIn.nobody();

        try (Browser browser = new Browser(port)) {
            try {
                browser.signIn(operator.getUsername(), Fixtures.STAFF_PASSWORD);
                for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(1024, 768))) {
                    browser.driver.manage().window().setSize(size);
                    browser.open("board");
                    browser.waitUntil(By.cssSelector(".day-board"), "PC-20");
                    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> {
                        Map<?, ?> m = measure(browser);
                        return number(m, "nowX") > number(m, "boardLeft") && number(m, "nowX") < number(m, "boardRight");
                    });
                    Map<?, ?> m = measure(browser);
                    browser.screenshotTo(Path.of("target", "e2e-screenshots", "desk-" + size.getWidth() + ".png"));

                    assertThat(m.get("stations")).isEqualTo(20L);
                    assertThat(number(m, "pageHeight")).as("the page does not scroll at " + size)
                            .isLessThanOrEqualTo(number(m, "windowHeight"));
                    assertThat(number(m, "lastRowBottom")).as("PC-20 on screen at " + size)
                            .isLessThanOrEqualTo(number(m, "boardBottom") + 1);
                    assertThat(number(m, "logoutRight")).as("Cerrar sesión within the window at " + size)
                            .isLessThanOrEqualTo(number(m, "windowWidth"));
                }

                new Actions(browser.driver).keyDown(Keys.ALT).sendKeys("s").keyUp(Keys.ALT).perform();
                browser.reveal(By.cssSelector("vaadin-dialog vaadin-text-field input"))
                        .sendKeys(ana.memberNumber(), Keys.ENTER);
                browser.waitUntil(By.cssSelector("vaadin-dialog .member-finder-picked"), "Ana Lucía Batista");
                browser.reveal(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Educación / tareas']"))
                        .click();
                browser.waitUntil(By.cssSelector("vaadin-notification-card"), "hasta las 16:07");
                assertThat(browser.driver.findElement(By.cssSelector("vaadin-notification-card")).getText())
                        .matches("Sesión iniciada en PC-\\d\\d hasta las 16:07");
                browser.screenshotTo(Path.of("target", "e2e-screenshots", "desk-walk-in-started.png"));

                browser.reveal(By.xpath("//div[contains(@class,'board-item')][contains(., 'Ana Lucía Batista')]")).click();
                browser.waitUntil(By.cssSelector("vaadin-dialog .board-no-extension"),
                        "No se puede extender: Una sesión puede durar como máximo 60 minutos en este centro");
                browser.screenshotTo(Path.of("target", "e2e-screenshots", "desk-no-extension.png"));
                new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
                browser.waitUntilGone(By.cssSelector("vaadin-dialog .board-no-extension"));

                new Actions(browser.driver).keyDown(Keys.ALT).sendKeys("i").keyUp(Keys.ALT).perform();
                browser.waitUntil(By.cssSelector("vaadin-dialog vaadin-select"), "PC-03");
                browser.screenshotTo(Path.of("target", "e2e-screenshots", "desk-guest.png"));
                new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();

                browser.open("cola/" + centre.code());
                browser.waitUntil(By.tagName("body"), "solo hasta 12 años");
                assertThat(browser.driver.findElement(By.tagName("body")).getText())
                        .as("the children's PC apart from the 17 free for everyone").contains("17", "+1 solo hasta 12 años");
                browser.screenshotTo(Path.of("target", "e2e-screenshots", "desk-queue-screen.png"));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("desk-on-a-laptop-failure");
                throw e;
            }
        }
    }

    private static Map<?, ?> measure(Browser browser) {
        return (Map<?, ?>) ((JavascriptExecutor) browser.driver).executeScript(MEASURE);
    }

    private static double number(Map<?, ?> measured, String key) {
        return ((Number) measured.get(key)).doubleValue();
    }
}
