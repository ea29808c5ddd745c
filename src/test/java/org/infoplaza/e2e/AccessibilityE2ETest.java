package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.AttendanceStatus;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core on every main view of every role and on the public pages, with data on them: a workshop centre
 * with a free station, one out of service, a minor in a walk-in session, and a cohort whose first session has
 * the minor marked present. The clock stands five minutes into that session. The suite fails on any critical
 * or serious finding from the app's own markup; findings inside Vaadin's components are written to
 * target/accessibility/ with the rest and are listed, with their upstream reports, in docs/accessibility.md.
 */
@EndToEndTest
class AccessibilityE2ETest {

    /** Not a route: the members page with its registration form open. */
    private static final String REGISTRATION_FORM = "members (registration form)";

    private static final Path REPORTS = Path.of("target", "accessibility");

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

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AttendanceService attendance;

    private CentreDetails centre;
    private StaffPrincipal facilitator;
    private CohortDetails cohort;
    private SessionDetails first;
    private MemberDetails minor;

    @BeforeEach
    void aCentreWithADay() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        centre = WorkshopDesk.centre(fixtures, centres);
        fixtures.station(centre.id(), "PC-01");
        StationDetails broken = fixtures.station(centre.id(), "PC-02");
        SystemAuthentication.run(() -> stations.takeOutOfService(broken.id(), broken.version(), "Pantalla rota"));
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        minor = SystemAuthentication.call(() -> members.register(MemberRegistrations.aMember(centre.id())
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(40)).withWorkshopConsent()
                .withStationConsent().build()));
        SignedIn.as(facilitator);
        cohort = WorkshopDesk.cohort(cohorts, WorkshopDesk.cohortData(WorkshopDesk.course(courses).id(), centre.id(), 12,
                facilitator.id()), WorkshopDesk.tuesdaysAndThursdays(2));
        enrolments.enrol(cohort.id(), minor.id());
        first = cohort.sessions().getFirst();
        SignedIn.nobody();
        clock.standAt(first.startsAt().plusMinutes(5));
        SignedIn.as(facilitator);
        attendance.mark(first.id(), minor.id(), AttendanceStatus.PRESENT);
        SignedIn.nobody();
        SystemAuthentication.run(() -> bookings.startWalkIn(minor.id(), centre.id(), VisitPurpose.EDUCATION));
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_administrators_views_have_no_serious_finding_from_the_apps_markup() {
        check("admin", fixtures.staff(Role.ADMIN, centre.id()), List.of("", "members", "members/" + minor.id(), "board",
                "stations", "centres", "staff", "staff/failed-sign-ins", "account", "audit", "system", "indicators",
                "mi-centro/mes", "reportes-mensuales", "courses", "workshops", "workshops/new", "workshops/" + cohort.id(),
                "workshops/today", "attendance/" + first.id(), "questionnaire/" + first.id() + "/PRE",
                "workshops/" + cohort.id() + "/questionnaire", "workshops/" + cohort.id() + "/certificates", "api-tokens",
                "indicators/rebuild", "indicators/releases"));
    }

    @Test
    void the_operators_views_have_no_serious_finding_from_the_apps_markup() {
        check("operator", fixtures.staff(Role.OPERATOR, centre.id()), List.of("", "members", "members/" + minor.id(),
                REGISTRATION_FORM, "board", "stations", "account", "mi-centro/mes", "courses", "workshops", "workshops/new",
                "workshops/" + cohort.id(), "workshops/today", "attendance/" + first.id()));
    }

    @Test
    void the_facilitators_views_have_no_serious_finding_from_the_apps_markup() {
        check("facilitator", facilitator, List.of("", "account", "courses", "workshops", "workshops/new",
                "workshops/" + cohort.id(), "workshops/today", "attendance/" + first.id(),
                "questionnaire/" + first.id() + "/PRE", "workshops/" + cohort.id() + "/questionnaire",
                "workshops/" + cohort.id() + "/certificates"));
    }

    @Test
    void the_secretariats_views_have_no_serious_finding_from_the_apps_markup() {
        check("secretariat", fixtures.staff(Role.SECRETARIAT, centre.id()), List.of("", "centres", "account", "courses",
                "indicators", "reportes-mensuales", "indicators/releases"));
    }

    @Test
    void the_public_pages_have_no_serious_finding_from_the_apps_markup() {
        check("public", null, List.of("login", "transparencia", "cola/" + centre.code(), "verificar",
                "verificar/ABCD-EFGH-JKLM"));
    }

    @Test
    void the_page_says_its_language_on_public_and_signed_in_pages() {
        try (Browser browser = new Browser(port)) {
            browser.open("transparencia");
            browser.settle();
            assertThat(language(browser)).isEqualTo("es");
            switchTo(browser, "English");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> "en".equals(language(browser)));
            assertThat(firstHtml(browser)).as("the HTML the server sends first").contains("<html lang=\"en\"");
            browser.open("verificar");
            browser.settle();
            assertThat(language(browser)).isEqualTo("en");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(facilitator.getUsername(), Fixtures.STAFF_PASSWORD);
            browser.settle();
            assertThat(language(browser)).isEqualTo("es");
            switchTo(browser, "English");
            // The page reloads: wait on the document, not on an element the reload takes away.
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> "en".equals(language(browser)));
            browser.settle();
            browser.waitUntil(By.cssSelector(".view-title"), "Home");
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1024, 768"})
    void large_text_and_high_contrast_from_my_account_keep_the_pages_readable(int width, int height) {
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        List<Axe.Finding> findings = new ArrayList<>();
        try (Browser browser = new Browser(port)) {
            browser.driver.manage().window().setSize(new Dimension(width, height));
            browser.signIn(operator.getUsername(), Fixtures.STAFF_PASSWORD);
            browser.open("account");
            browser.settle();
            Keyboard keys = new Keyboard(browser.driver);
            keys.tabTo("Texto grande").press(Keys.SPACE);
            browser.settle();
            keys.tabTo("Alto contraste").press(Keys.SPACE);
            browser.settle();
            browser.screenshot("display-account-" + width + "x" + height);
            for (String page : List.of("board", "attendance/" + first.id(), "members")) {
                browser.open(page);
                browser.settle();
                assertThat(browser.driver.findElement(By.tagName("body")).getAttribute("class"))
                        .contains("large-text", "high-contrast");
                browser.screenshot("display-" + page.replace('/', '-') + "-" + width + "x" + height);
                findings.addAll(Axe.check(browser.driver, "/" + page + " (large text, high contrast)"));
            }
        }
        report("display-" + width + "x" + height, 3, findings);
        assertThat(findings).filteredOn(Axe.Finding::blocking).isEmpty();
    }

    /**
     * WCAG 1.4.10: at 320 CSS pixels wide (1280 px at 400 % zoom) nothing makes the page scroll sideways.
     * Data tables (grids) and a strip of tabs may scroll inside themselves, and the day board's timeline is left
     * out on purpose. Every role's pages: the desk's, the facilitator's, the administrator's and the secretariat's.
     */
    @Test
    void pages_reflow_at_320_css_pixels_without_scrolling_sideways() {
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(port)) {
            browser.driver.manage().window().setSize(new Dimension(320, 700));
            List<String> pages = List.of("login", "transparencia", "verificar", "cola/" + centre.code());
            for (String page : pages) {
                problems.addAll(overflow(browser, page));
            }
            browser.signIn(operator.getUsername(), Fixtures.STAFF_PASSWORD);
            for (String page : List.of("", "members", "members/" + minor.id(), "account", "stations", "workshops",
                    "workshops/today", "attendance/" + first.id(), "mi-centro/mes")) {
                problems.addAll(overflow(browser, page));
            }
            browser.open("verificar");
            browser.settle();
            browser.screenshot("reflow-verificar-320");
        }
        try (Browser browser = new Browser(port)) {
            browser.driver.manage().window().setSize(new Dimension(320, 700));
            browser.signIn(facilitator.getUsername(), Fixtures.STAFF_PASSWORD);
            for (String page : List.of("workshops/" + cohort.id(), "workshops/" + cohort.id() + "/certificates",
                    "workshops/" + cohort.id() + "/questionnaire", "courses")) {
                problems.addAll(overflow(browser, page));
            }
        }
        try (Browser browser = new Browser(port)) {
            browser.driver.manage().window().setSize(new Dimension(320, 700));
            StaffPrincipal admin = fixtures.staff(Role.ADMIN, centre.id());
            browser.signIn(admin.getUsername(), Fixtures.STAFF_PASSWORD);
            for (String page : List.of("board", "centres", "indicators", "indicators/releases", "reportes-mensuales",
                    "indicators/rebuild", "system", "staff", "staff/failed-sign-ins", "audit", "api-tokens")) {
                problems.addAll(overflow(browser, page));
            }
        }
        assertThat(problems).as("elements past the right edge at 320 px").isEmpty();
    }

    private static List<String> overflow(Browser browser, String page) {
        browser.open(page);
        browser.settle();
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) ((JavascriptExecutor) browser.driver).executeScript("""
                const width = window.innerWidth;
                // Tables scroll inside themselves, and so does a strip of tabs (with its own arrow buttons); a
                // chart's drawing is clipped to its canvas, which is checked itself.
                const exempt = e => e.closest('vaadin-grid, .day-board, .board-scroller, vaadin-tabs')
                    || (e.closest('.chart-canvas') && !e.classList.contains('chart-canvas'));
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => !exempt(e) && e.checkVisibility() && e.getBoundingClientRect().width > 0
                        && e.getBoundingClientRect().right > width + 1)
                    .slice(0, 5).map(e => e.localName + (e.className ? '.' + e.className : ''));
                if (document.documentElement.scrollWidth > width + 1) wide.unshift('the page is ' + document.documentElement.scrollWidth + ' px wide');
                return wide;
                """);
        return found.stream().map(f -> "/" + page + ": " + f).toList();
    }

    private static String language(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.lang");
    }

    private static String firstHtml(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(location.href, {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done(String(e)));
                """);
    }

    private static void switchTo(Browser browser, String language) {
        browser.waitFor(By.cssSelector("vaadin-select.language-switch vaadin-select-value-button")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + language + "']")).click();
    }

    private void check(String who, StaffPrincipal staff, List<String> pages) {
        List<Axe.Finding> findings = new ArrayList<>();
        try (Browser browser = new Browser(port)) {
            if (staff != null) {
                browser.signIn(staff.getUsername(), Fixtures.STAFF_PASSWORD);
            }
            for (String page : pages) {
                boolean registration = page.equals(REGISTRATION_FORM);
                browser.open(registration ? "members" : page);
                browser.settle();
                if (registration) {
                    browser.waitFor(By.xpath("//vaadin-button[normalize-space(.)='Registrar']")).click();
                    browser.waitFor(By.cssSelector("vaadin-dialog vaadin-select"));
                    browser.settle();
                }
                findings.addAll(Axe.check(browser.driver, "/" + page));
            }
        }
        report(who, pages.size(), findings);
        assertThat(findings).as("critical or serious findings from the app's own markup")
                .filteredOn(Axe.Finding::blocking).isEmpty();
    }

    private static void report(String who, int pages, List<Axe.Finding> findings) {
        Map<String, Long> counts = new TreeMap<>(findings.stream()
                .collect(Collectors.groupingBy(f -> f.origin() + " " + f.impact(), Collectors.counting())));
        Map<String, Long> rules = new TreeMap<>(findings.stream()
                .collect(Collectors.groupingBy(f -> f.origin() + " " + f.impact() + " " + f.rule(), Collectors.counting())));
        StringBuilder text = new StringBuilder(who + ": " + pages + " pages, " + findings.size() + " flagged elements\n");
        counts.forEach((k, v) -> text.append("  ").append(k).append(": ").append(v).append('\n'));
        text.append("by rule:\n");
        rules.forEach((k, v) -> text.append("  ").append(k).append(": ").append(v).append('\n'));
        text.append("elements:\n");
        findings.forEach(f -> text.append(f).append('\n'));
        try {
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve("axe-" + who + ".txt"), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
