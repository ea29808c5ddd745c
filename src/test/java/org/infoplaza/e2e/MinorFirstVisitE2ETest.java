package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingKind;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberFilter;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

import static org.awaitility.Awaitility.await;

/**
 * A child's first visit, as the desk lives it on a laptop: the operator registers a twelve-year-old with the
 * guardian's consent to data and to stations, starts a walk-in on the free station from her card number,
 * sees the session on the board now, and checks her out. At 1366×768 and at 1024×768. The clock stands on
 * a Monday at 09:00, when the fixture centre is open. The board is found by stable labels only.
 */
@EndToEndTest
class MinorFirstVisitE2ETest {

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

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1024, 768"})
    void a_minor_registered_with_consent_gets_a_free_station_at_once_and_is_checked_out(int width, int height) {
        LocalDate monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.standAt(monday.atTime(9, 0));
        CentreDetails centre = fixtures.centre();
        fixtures.station(centre.id(), "PC-31");
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        String given = "Lucía " + letters(5);
        String surname = "Quintero " + letters(6);
        String birthDate = monday.minusYears(12).withDayOfMonth(15).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String size = width + "x" + height;

        try (Browser browser = new Browser(port)) {
            try {
                browser.driver.manage().window().setSize(new Dimension(width, height));
                browser.signIn(operator.getUsername(), Fixtures.STAFF_PASSWORD);

                browser.open("members");
                browser.waitFor(By.xpath("//vaadin-button[normalize-space(.)='Registrar']")).click();
                field(browser, "Nombres").sendKeys(given);
                field(browser, "Apellidos").sendKeys(surname);
                browser.waitFor(By.cssSelector("vaadin-dialog vaadin-date-picker input")).sendKeys(birthDate, Keys.ENTER);
                browser.waitUntilGone(By.tagName("vaadin-date-picker-overlay"));
                choose(browser, "Sexo", "Femenino");
                field(browser, "Nombre del acudiente").sendKeys("Rosa " + surname);
                field(browser, "Parentesco").sendKeys("Madre");
                browser.reveal(By.xpath("//vaadin-radio-button[normalize-space(.)='Formulario en papel']")).click();
                WebElement stations = browser.reveal(By.xpath(
                        "//vaadin-checkbox-group[contains(@class,'visit-consents')]//vaadin-checkbox[normalize-space(.)='Usar las computadoras del centro']"));
                assertThat(stations.getAttribute("checked")).as("never pre-ticked").isNull();
                stations.click();
                browser.screenshot("minor-first-visit-form-" + size);
                browser.reveal(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Registrar']")).click();

                MemberSummary child = SystemAuthentication.call(() -> await().pollInSameThread()
                        .until(() -> found(surname), f -> f.size() == 1))
                        .getFirst();
                browser.waitUntil(By.cssSelector("vaadin-grid"), "Puede usar estaciones");
                browser.screenshot("minor-first-visit-list-" + size);

                browser.open("board");
                browser.waitUntil(By.cssSelector(".day-board"), "PC-31");
                browser.reveal(By.xpath("//vaadin-button[contains(normalize-space(.),'Sin reserva')]")).click();
                browser.reveal(By.cssSelector("vaadin-dialog vaadin-text-field input")).sendKeys(child.memberNumber(), Keys.ENTER);
                browser.waitUntil(By.cssSelector("vaadin-dialog .member-finder-picked"), surname);
                browser.reveal(By.xpath("//vaadin-dialog//vaadin-button[contains(normalize-space(.),'Educación')]")).click();

                browser.waitUntil(By.cssSelector(".day-board"), given);
                WebElement session = browser.reveal(By.xpath(
                        "//div[contains(@class,'board-item')][contains(., '" + surname + "')]"));
                assertThat(session.isDisplayed()).isTrue();
                browser.screenshot("minor-first-visit-board-" + size);
                SignedIn.as(operator);
                BookingDetails walkIn = bookings.dayOf(centre.id(), monday).stream()
                        .filter(b -> b.kind() == BookingKind.WALK_IN).findFirst().orElseThrow();
                assertThat(walkIn.memberId()).isEqualTo(child.id());
                assertThat(walkIn.status()).isEqualTo(BookingStatus.IN_SESSION);

                clock.standAt(monday.atTime(9, 30));
                session.click();
                browser.reveal(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Terminar sesión']")).click();
                browser.waitUntil(By.cssSelector(".day-board"), "09:00–09:30");
                browser.screenshot("minor-first-visit-checked-out-" + size);
                assertThat(bookings.get(walkIn.id()).status()).isEqualTo(BookingStatus.COMPLETED);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("minor-first-visit-failure-" + size);
                throw e;
            }
        }
    }

    private List<MemberSummary> found(String surname) {
        return members.search(new MemberFilter(surname), Pageable.ofSize(5)).getContent();
    }

    private static WebElement field(Browser browser, String label) {
        return browser.reveal(By.xpath("//vaadin-dialog//vaadin-text-field[label[normalize-space(.)='" + label + "']]//input"));
    }

    private static void choose(Browser browser, String label, String item) {
        WebElement select = browser.waitFor(By.xpath("//vaadin-dialog//vaadin-select[label[normalize-space(.)='" + label + "']]"));
        select.findElement(By.cssSelector("vaadin-select-value-button")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + item + "']")).click();
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
