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
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberFilter;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/**
 * The desk without a mouse, at 1366×768: the operator signs in, registers a twelve-year-old with the
 * guardian's consent, starts a walk-in on the free station and ends it, with Tab, Shift+Tab, Enter, Space and
 * the arrow keys only (and typing into fields), and books a station for later the same way. Each step finds its
 * target by moving the focus and reading what it is on, so a step that cannot be reached by keyboard fails here. The clock stands on a Monday at
 * 09:00, when the fixture centre is open. The facilitator, likewise, marks a teenager present from today's
 * sessions.
 */
@EndToEndTest
class KeyboardOnlyDeskE2ETest {

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
    CentreService centres;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AttendanceService attendance;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void an_operator_registers_a_minor_starts_a_walk_in_and_ends_it_with_the_keyboard_alone() {
        LocalDate monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.standAt(monday.atTime(9, 0));
        CentreDetails centre = fixtures.centre();
        fixtures.station(centre.id(), "PC-41");
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        String given = "Ana " + letters(5);
        String surname = "Batista " + letters(6);
        String birthDate = monday.minusYears(12).withDayOfMonth(15).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        try (Browser browser = new Browser(port)) {
            try {
                browser.driver.manage().window().setSize(new Dimension(1366, 768));
                Keyboard keys = new Keyboard(browser.driver);
                signIn(browser, keys, operator);

                keys.tabTo("vaadin-side-nav-item: Miembros").press(Keys.ENTER);
                browser.waitUntil(By.cssSelector(".view-title"), "Miembros");
                browser.settle();
                keys.tabTo("vaadin-button: Registrar").press(Keys.ENTER);
                browser.waitFor(By.cssSelector("vaadin-dialog vaadin-select"));
                browser.settle();
                keys.tabTo("Nombres").type(given);
                keys.tabTo("Apellidos").type(surname);
                keys.tabTo("Fecha de nacimiento").type(birthDate);
                keys.press(Keys.ENTER);
                browser.waitUntilGone(By.tagName("vaadin-date-picker-overlay"));
                keys.tabTo("vaadin-select: Sexo").press(Keys.ENTER);
                browser.settle();
                keys.arrowTo("Femenino", Keys.ARROW_DOWN).press(Keys.ENTER);
                browser.settle();
                keys.tabTo("Nombre del acudiente").type("Rosa " + surname);
                keys.tabTo("Parentesco").type("Madre");
                keys.tabTo("vaadin-radio-button");
                keys.arrowTo("Formulario en papel", Keys.ARROW_DOWN).press(Keys.SPACE);
                browser.settle();
                keys.tabTo("Usar las computadoras del centro").press(Keys.SPACE);
                browser.screenshot("keyboard-registration-form");
                keys.tabTo("vaadin-button: Registrar").press(Keys.ENTER);

                MemberSummary child = SystemAuthentication.call(() -> await().pollInSameThread()
                        .until(() -> found(surname), f -> f.size() == 1))
                        .getFirst();
                browser.waitUntilGone(By.cssSelector("vaadin-dialog vaadin-select"));
                browser.settle();
                assertThat(keys.focused()).as("the focus returns to the button that opened the form")
                        .isEqualTo("vaadin-button: Registrar");

                keys.shiftTabTo("vaadin-side-nav-item: Tablero").press(Keys.ENTER);
                browser.waitUntil(By.cssSelector(".day-board"), "PC-41");
                browser.settle();
                keys.tabTo("Sin reserva").press(Keys.ENTER);
                browser.waitFor(By.cssSelector("vaadin-dialog vaadin-text-field"));
                browser.settle();
                keys.tabTo("vaadin-text-field").type(child.memberNumber());
                keys.press(Keys.ENTER);
                browser.waitUntil(By.cssSelector("vaadin-dialog .member-finder-picked"), surname);
                browser.settle();
                keys.tabTo("Educación").press(Keys.ENTER);
                browser.waitUntil(By.cssSelector(".day-board"), given);
                browser.settle();
                browser.screenshot("keyboard-walk-in-started");
                SignedIn.as(operator);
                BookingDetails walkIn = bookings.dayOf(centre.id(), monday).stream()
                        .filter(b -> b.kind() == BookingKind.WALK_IN).findFirst().orElseThrow();
                assertThat(walkIn.memberId()).isEqualTo(child.id());
                assertThat(walkIn.status()).isEqualTo(BookingStatus.IN_SESSION);

                clock.standAt(monday.atTime(9, 30));
                keys.tabTo(surname).press(Keys.SPACE);
                browser.waitFor(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Terminar sesión']"));
                browser.settle();
                keys.tabTo("Terminar sesión").press(Keys.ENTER);
                browser.waitUntil(By.cssSelector(".day-board"), "09:00–09:30");
                browser.screenshot("keyboard-walk-in-ended");
                assertThat(bookings.get(walkIn.id()).status()).isEqualTo(BookingStatus.COMPLETED);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("keyboard-failure");
                throw e;
            }
        }
    }

    @Test
    void an_operator_books_a_station_for_later_with_the_keyboard_alone() {
        LocalDate monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.standAt(monday.atTime(9, 0));
        CentreDetails centre = fixtures.centre();
        fixtures.station(centre.id(), "PC-42");
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        String surname = "Quintero " + letters(6);
        MemberDetails adult = SystemAuthentication.call(() -> members.register(MemberRegistrations.aMember(centre.id())
                .named("Luis " + letters(5), surname).build()));

        try (Browser browser = new Browser(port)) {
            try {
                browser.driver.manage().window().setSize(new Dimension(1366, 768));
                Keyboard keys = new Keyboard(browser.driver);
                signIn(browser, keys, operator);
                keys.tabTo("vaadin-side-nav-item: Tablero").press(Keys.ENTER);
                browser.waitUntil(By.cssSelector(".day-board"), "PC-42");
                browser.settle();
                keys.tabTo("vaadin-button: Reservar").press(Keys.ENTER);
                browser.waitFor(By.cssSelector("vaadin-dialog vaadin-text-field"));
                browser.settle();
                keys.tabTo("vaadin-text-field").type(adult.memberNumber());
                keys.press(Keys.ENTER);
                browser.waitUntil(By.cssSelector("vaadin-dialog .member-finder-picked"), surname);
                browser.settle();
                keys.tabTo("vaadin-time-picker: Inicio").press(Keys.chord(Keys.CONTROL, "a"));
                keys.type("11:00");
                keys.tabTo("vaadin-button: Reservar").press(Keys.ENTER);
                browser.waitUntil(By.cssSelector(".day-board"), surname);
                browser.settle();
                browser.screenshot("keyboard-booked");

                SignedIn.as(operator);
                BookingDetails booked = bookings.dayOf(centre.id(), monday).stream()
                        .filter(b -> b.kind() == BookingKind.BOOKING).findFirst().orElseThrow();
                assertThat(booked.memberId()).isEqualTo(adult.id());
                assertThat(booked.status()).isEqualTo(BookingStatus.BOOKED);
                assertThat(booked.startsAt()).isEqualTo(monday.atTime(11, 0));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("keyboard-booking-failure");
                throw e;
            }
        }
    }

    @Test
    void a_facilitator_marks_a_member_present_with_the_keyboard_alone() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres);
        long courseId = WorkshopDesk.course(courses).id();
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        long teen = SystemAuthentication.call(() -> WorkshopDesk.teenWithConsent(members, centre.id()));
        SignedIn.as(facilitator);
        CohortDetails cohort = WorkshopDesk.cohort(cohorts,
                WorkshopDesk.cohortData(courseId, centre.id(), 12, facilitator.id()), WorkshopDesk.tuesdaysAndThursdays(1));
        enrolments.enrol(cohort.id(), teen);
        SessionDetails first = cohort.sessions().getFirst();
        SignedIn.nobody();
        clock.standAt(first.startsAt().plusMinutes(5));

        try (Browser browser = new Browser(port)) {
            try {
                browser.driver.manage().window().setSize(new Dimension(1366, 768));
                Keyboard keys = new Keyboard(browser.driver);
                signIn(browser, keys, facilitator);
                keys.tabTo("vaadin-side-nav-item: Sesiones de hoy").press(Keys.ENTER);
                browser.waitUntil(By.cssSelector(".today-sessions"), cohort.name());
                browser.settle();
                keys.tabTo(cohort.name()).press(Keys.ENTER);
                browser.waitUntil(By.cssSelector(".attendance-counts"), "Sin marcar: 1");
                browser.settle();
                keys.tabTo("vaadin-button: Presente").press(Keys.SPACE);
                browser.waitUntil(By.cssSelector(".attendance-counts"), "Presentes: 1");
                browser.screenshot("keyboard-attendance-marked");
                SignedIn.as(facilitator);
                assertThat(attendance.sheet(first.id()).lines()).singleElement()
                        .satisfies(line -> assertThat(line.status()).isEqualTo(AttendanceStatus.PRESENT));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("keyboard-attendance-failure");
                throw e;
            }
        }
    }

    private static void signIn(Browser browser, Keyboard keys, StaffPrincipal staff) {
        browser.open("login");
        browser.waitFor(By.cssSelector("input[name=username]"));
        browser.settle();
        keys.tabTo("Usuario").type(staff.getUsername());
        keys.tabTo("Contraseña").type(Fixtures.STAFF_PASSWORD);
        keys.press(Keys.ENTER);
        browser.waitUntil(By.cssSelector(".view-title"), "Inicio");
        browser.settle();
    }

    private List<MemberSummary> found(String surname) {
        return members.search(new MemberFilter(surname), Pageable.ofSize(5)).getContent();
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
