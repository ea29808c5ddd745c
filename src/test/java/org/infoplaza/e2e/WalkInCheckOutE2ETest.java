package org.infoplaza.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingKind;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationDetails;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member walks in without a booking: the operator on the day board types the member number (as a card
 * scan would, Enter included), taps the purpose, sees the session on the board, opens it and checks it
 * out, and the station is free again. The clock stands on a Monday at 09:00, when the fixture centre is
 * open; another station has a guest session and a booking, so the board looks like a desk's morning.
 */
@EndToEndTest
class WalkInCheckOutE2ETest {

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
    void a_walk_in_from_card_number_to_check_out() {
        LocalDate monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.standAt(monday.atTime(9, 0));
        CentreDetails centre = fixtures.centre();
        StationDetails pc21 = fixtures.station(centre.id(), "PC-21");
        StationDetails pc22 = fixtures.station(centre.id(), "PC-22");
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        MemberDetails ana = SystemAuthentication.call(() -> members.register(
                MemberRegistrations.aMember(centre.id()).named("Ana Lucía", "Batista").build()));
        MemberDetails beto = SystemAuthentication.call(() -> members.register(
                MemberRegistrations.aMember(centre.id()).named("Beto", "Pérez").build()));
        SignedIn.as(operator);
        bookings.startGuestSession(centre.id(), pc22.id(), VisitPurpose.GOVERNMENT_SERVICES);
        bookings.book(new BookingRequest(beto.id(), centre.id(), pc22.id(), monday.atTime(10, 30), 60));
        bookings.book(new BookingRequest(beto.id(), centre.id(), pc21.id(), monday.atTime(14, 0), 45));
        SignedIn.nobody();

        try (Browser browser = new Browser(port)) {
            try {
                browser.signIn(operator.getUsername(), Fixtures.STAFF_PASSWORD);
                browser.open("board");
                browser.waitUntil(By.cssSelector(".day-board"), "PC-21");

                browser.reveal(By.xpath("//vaadin-button[normalize-space(text())='Sin reserva']")).click();
                browser.reveal(By.cssSelector("vaadin-dialog vaadin-text-field input"))
                        .sendKeys(ana.memberNumber(), Keys.ENTER);
                browser.waitUntil(By.cssSelector("vaadin-dialog .member-finder-picked"), "Ana Lucía Batista");
                browser.reveal(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Educación / tareas']"))
                        .click();

                browser.waitUntil(By.cssSelector(".day-board"), "Ana Lucía Batista");
                browser.waitUntil(By.cssSelector(".day-board"), "quedan 60 min");
                browser.screenshot("walk-in-session");
                SignedIn.as(operator);
                BookingDetails session = bookings.dayOf(centre.id(), monday).stream()
                        .filter(b -> b.kind() == BookingKind.WALK_IN).findFirst().orElseThrow();
                assertThat(session.memberId()).isEqualTo(ana.id());
                assertThat(session.status()).isEqualTo(BookingStatus.IN_SESSION);
                assertThat(session.stationId()).as("the only station free now").isEqualTo(pc21.id());
                assertThat(session.purpose()).isEqualTo(VisitPurpose.EDUCATION);

                clock.standAt(monday.atTime(9, 40));
                browser.reveal(By.xpath("//div[contains(@class,'board-item')][contains(., 'Ana Lucía Batista')]")).click();
                browser.reveal(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Terminar sesión']")).click();

                browser.waitUntil(By.cssSelector(".day-board"), "09:00–09:40");
                assertThat(browser.driver.findElement(By.xpath(
                        "//div[contains(@class,'board-item')][contains(., 'Ana Lucía Batista')]")).getText())
                        .contains("Terminada");
                browser.screenshot("walk-in-checked-out");

                assertThat(bookings.get(session.id())).satisfies(b -> {
                    assertThat(b.status()).isEqualTo(BookingStatus.COMPLETED);
                    assertThat(b.endsAt()).isEqualTo(monday.atTime(9, 40));
                });
                clock.standAt(monday.atTime(9, 45));
                BookingDetails next = bookings.startWalkIn(beto.id(), centre.id(), VisitPurpose.LEISURE);
                assertThat(next.stationId()).as("the checked-out station is free again").isEqualTo(pc21.id());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("walk-in-check-out-failure");
                throw e;
            }
        }
    }
}
