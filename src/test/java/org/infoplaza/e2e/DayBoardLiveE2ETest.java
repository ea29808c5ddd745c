package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.centre.CentreDetails;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator has the day board open; another operator of the same centre books a station; the first
 * board shows the booking without anyone touching it (server push). The clock stands on a Monday at 09:00,
 * when the fixture centre is open.
 */
@EndToEndTest
class DayBoardLiveE2ETest {

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

    @Test
    void a_booking_made_elsewhere_appears_on_an_open_board() {
        LocalDate monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.standAt(monday.atTime(9, 0));
        CentreDetails centre = fixtures.centre();
        long pc = fixtures.station(centre.id(), "PC-11").id();
        String watching = fixtures.staff(Role.OPERATOR, centre.id()).getUsername();
        StaffPrincipal other = fixtures.staff(Role.OPERATOR, centre.id());
        MemberDetails ana = SystemAuthentication.call(() -> members.register(
                MemberRegistrations.aMember(centre.id()).named("Ana Lucía", "Batista").build()));

        try (Browser browser = new Browser(port)) {
            try {
                browser.signIn(watching, Fixtures.STAFF_PASSWORD);
                browser.open("board");
                browser.waitUntil(By.cssSelector(".day-board"), "PC-11");

                SignedIn.as(other);
                bookings.book(new BookingRequest(ana.id(), centre.id(), pc, monday.atTime(10, 0), 60));

                browser.waitUntil(By.cssSelector(".day-board"), "Ana Lucía Batista");
                browser.screenshot("day-board-live");
                assertThat(browser.driver.findElement(By.cssSelector(".board-item")).getText()).contains("10:00–11:00");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("day-board-live-failure");
                throw e;
            }
        }
    }
}
