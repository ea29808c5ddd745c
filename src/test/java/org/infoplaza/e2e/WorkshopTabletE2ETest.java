package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The classroom tablet (1024×768, landscape, menu open): the attendance buttons stay inside their rows and
 * are finger-sized, and on the cohort page "cancel session" is finger-sized, set apart from "move" and asks
 * before it cancels. Sizes are measured in the browser, where the style sheets apply.
 */
@EndToEndTest
class WorkshopTabletE2ETest {

    /** The smallest touch target people can hit reliably (WCAG 2.5.5, Apple and Material guidance). */
    static final int TOUCH = 44;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    CentreService centres;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    MemberService members;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void at_1024_by_768_attendance_buttons_fit_their_rows_and_cancelling_a_session_is_apart_and_confirmed() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        long courseId = WorkshopDesk.course(courses).id();
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        SignedIn.as(facilitator);
        CohortDetails cohort = WorkshopDesk.cohort(cohorts,
                WorkshopDesk.cohortData(courseId, centre.id(), 12, facilitator.id()), WorkshopDesk.tuesdaysAndThursdays(2));
        for (int i = 0; i < 2; i++) {
            MemberDetails teen = SystemAuthentication.call(() -> members.register(MemberRegistrations
                    .aMember(centre.id()).bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(40))
                    .withWorkshopConsent().build()));
            enrolments.enrol(cohort.id(), teen.id());
        }
        SessionDetails first = cohort.sessions().getFirst();
        SignedIn.nobody();
        clock.standAt(first.startsAt().plusMinutes(5));

        try (Browser browser = new Browser(port)) {
            try {
                browser.driver.manage().window().setSize(new Dimension(1024, 768));
                browser.signIn(facilitator.getUsername(), Fixtures.STAFF_PASSWORD);

                browser.open("attendance/" + first.id());
                browser.waitUntil(By.cssSelector(".attendance-counts"), "Sin marcar: 2");
                List<WebElement> rows = browser.driver.findElements(By.cssSelector(".attendance-row"));
                assertThat(rows).hasSize(2);
                for (WebElement row : rows) {
                    Map<String, Number> box = rect(browser, row);
                    for (WebElement tap : row.findElements(By.cssSelector(".attendance-tap"))) {
                        Map<String, Number> button = rect(browser, tap);
                        assertThat(button.get("right").doubleValue()).as("right edge of %s", tap.getText())
                                .isLessThanOrEqualTo(box.get("right").doubleValue());
                        assertThat(button.get("width").doubleValue()).as("width of %s", tap.getText())
                                .isGreaterThanOrEqualTo(TOUCH);
                        assertThat(button.get("height").doubleValue()).as("height of %s", tap.getText())
                                .isGreaterThanOrEqualTo(TOUCH);
                        assertThat(overflows(browser, tap)).as("%s shows its whole word", tap.getText()).isFalse();
                    }
                }
                assertThat(pageScrollsSideways(browser)).isFalse();
                for (WebElement target : browser.driver.findElements(By.cssSelector(
                        ".attendance-view .back-link, .attendance-view .attendance-touch"))) {
                    assertThat(rect(browser, target).get("height").doubleValue()).as("height of %s", target.getText())
                            .isGreaterThanOrEqualTo(TOUCH);
                }
                browser.screenshot("workshop-tablet-attendance");

                browser.open("workshops/" + cohort.id());
                WebElement move = browser.reveal(By.cssSelector(".session-actions .session-move"));
                WebElement cancel = browser.driver.findElement(By.cssSelector(".session-actions .session-cancel"));
                Map<String, Number> moveBox = rect(browser, move);
                Map<String, Number> cancelBox = rect(browser, cancel);
                for (Map<String, Number> box : List.of(moveBox, cancelBox)) {
                    assertThat(box.get("width").doubleValue()).isGreaterThanOrEqualTo(TOUCH);
                    assertThat(box.get("height").doubleValue()).isGreaterThanOrEqualTo(TOUCH);
                }
                assertThat(cancelBox.get("left").doubleValue() - moveBox.get("right").doubleValue())
                        .as("space between move and cancel").isGreaterThanOrEqualTo(24);
                browser.screenshot("workshop-tablet-cohort");

                cancel.click();
                browser.waitFor(By.cssSelector("vaadin-confirm-dialog[opened]"));
                browser.screenshot("workshop-tablet-cancel-confirm");
                SignedIn.as(facilitator);
                assertThat(cohorts.get(cohort.id()).sessions()).noneMatch(SessionDetails::cancelled);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("workshop-tablet-failure");
                throw e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> rect(Browser browser, WebElement element) {
        return (Map<String, Number>) ((JavascriptExecutor) browser.driver).executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return {left: r.left, right: r.right, width: r.width, height: r.height};""", element);
    }

    /** Whether a button's label is cut: its text is wider than the room the button gives it. */
    private static boolean overflows(Browser browser, WebElement button) {
        return (Boolean) ((JavascriptExecutor) browser.driver).executeScript("""
                const label = arguments[0].shadowRoot.querySelector('[part=label]');
                return label.scrollWidth > label.clientWidth + 1;""", button);
    }

    private static boolean pageScrollsSideways(Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }
}
