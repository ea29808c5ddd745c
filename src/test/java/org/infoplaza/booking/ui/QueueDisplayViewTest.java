package org.infoplaza.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.QueueTicket;
import org.infoplaza.booking.TicketStatus;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.booking.WalkInQueue;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureData;
import org.infoplaza.centre.ClosureKind;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public queue screen, opened by someone not signed in: numbers only, free stations and the wait, no
 * member's name or number; it polls for fresh figures; an unknown centre code says so.
 */
@IntegrationTest
class QueueDisplayViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberService members;

    @Autowired
    BookingService bookings;

    @Autowired
    WalkInQueue queue;

    @Autowired
    TestClock clock;

    @Autowired
    CentreService centres;

    @Autowired
    StationService stations;

    CentreDetails centre;
    MemberDetails ana;
    MemberDetails beto;

    @BeforeEach
    void setUp() {
        clock.standAt(LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(9, 0));
        centre = fixtures.centre();
        fixtures.station(centre.id(), "PC-01");
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        ana = members.register(MemberRegistrations.aMember(centre.id()).build());
        beto = members.register(MemberRegistrations.aMember(centre.id()).build());
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void a_visitor_without_sign_in_sees_the_numbers_waiting_and_the_wait_but_no_names() {
        bookings.startWalkIn(ana.id(), centre.id(), VisitPurpose.EDUCATION);
        QueueTicket ticket = queue.issueTicket(beto.id(), centre.id(), VisitPurpose.EMPLOYMENT);
        SignedIn.nobody();

        UI.getCurrent().navigate("cola/" + centre.code());
        QueueDisplayView view = (QueueDisplayView) getCurrentView();

        assertThat(view.centreName.getText()).isEqualTo(centre.name());
        assertThat(view.waiting.getText()).isEqualTo(String.valueOf(ticket.number()));
        assertThat(view.called.getText()).isEqualTo("—");
        assertThat(view.freeStations.getText()).isEqualTo("0");
        assertThat(view.estimatedWait.getText()).isEqualTo("120 min");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(QueueDisplayView.REFRESH_MILLIS);
        String everything = view.getElement().getOuterHTML();
        assertThat(everything).doesNotContain(beto.givenNames(), beto.surnames(), beto.memberNumber(),
                ana.givenNames(), ana.memberNumber());
    }

    @Test
    void a_number_called_while_the_screen_is_open_is_said_to_screen_readers_but_not_what_it_showed_at_first() {
        BookingDetails anas = bookings.startWalkIn(ana.id(), centre.id(), VisitPurpose.EDUCATION);
        QueueTicket ticket = queue.issueTicket(beto.id(), centre.id(), VisitPurpose.EMPLOYMENT);
        SignedIn.nobody();
        UI.getCurrent().navigate("cola/" + centre.code());
        QueueDisplayView view = (QueueDisplayView) getCurrentView();
        Div announcer = $(Div.class).withClassName("live-announcer").single();
        assertThat(announcer.getElement().getAttribute("aria-live")).isEqualTo("polite");

        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        bookings.checkOut(anas.id());
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> queue.queue(centre.id()).stream()
                .anyMatch(t -> t.status() == TicketStatus.OFFERED));
        SignedIn.nobody();
        view.refresh(); // the poll
        assertThat(announcer.getText()).isEqualTo("Número " + ticket.number() + ": pase a PC-01");

        announcer.setText("");
        view.refresh();
        assertThat(announcer.getText()).as("said once").isEmpty();
    }

    @Test
    void between_the_opening_periods_the_screen_says_closed_and_when_it_opens_instead_of_counting_stations() {
        clock.standAt(LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(12, 30));
        SignedIn.nobody();

        UI.getCurrent().navigate("cola/" + centre.code());
        QueueDisplayView view = (QueueDisplayView) getCurrentView();

        assertThat(view.closed.isVisible()).isTrue();
        assertThat(view.closed.getText()).isEqualTo("Cerrado — abre hoy a las 13:00");
        assertThat(isShown(view.freeStations)).as("no count of free stations").isFalse();
    }

    @Test
    void after_closing_and_on_a_closure_day_the_screen_names_the_next_opening_day() {
        LocalDate monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        SystemAuthentication.run(() -> centres.addClosure(centre.id(),
                new ClosureData(monday.plusDays(7), monday.plusDays(7), ClosureKind.HOLIDAY, "Feriado")));
        clock.standAt(monday.atTime(17, 30));
        SignedIn.nobody();

        UI.getCurrent().navigate("cola/" + centre.code());
        QueueDisplayView view = (QueueDisplayView) getCurrentView();

        assertThat(view.closed.getText()).isEqualTo("Cerrado — abre el "
                + PanamaTime.dateFormat(UI.getCurrent().getLocale()).format(monday.plusDays(14)) + " a las 08:00");
    }

    @Test
    void an_open_centre_with_nobody_waiting_says_so() {
        SignedIn.nobody();

        UI.getCurrent().navigate("cola/" + centre.code());
        QueueDisplayView view = (QueueDisplayView) getCurrentView();

        assertThat(view.closed.isVisible()).isFalse();
        assertThat(view.waiting.getText()).isEqualTo("Nadie en espera");
        assertThat(view.freeStations.getText()).isEqualTo("1");
    }

    @Test
    void a_free_childrens_station_is_not_counted_as_free_for_the_adults_waiting_but_shown_apart() {
        SystemAuthentication.call(() -> stations.create(centre.id(),
                new StationData("PC-02", StationKind.DESKTOP, null, 12, null, 0)));
        bookings.startWalkIn(ana.id(), centre.id(), VisitPurpose.EDUCATION);
        queue.issueTicket(beto.id(), centre.id(), VisitPurpose.EMPLOYMENT);
        SignedIn.nobody();

        UI.getCurrent().navigate("cola/" + centre.code());
        QueueDisplayView view = (QueueDisplayView) getCurrentView();

        assertThat(view.freeStations.getText()).isEqualTo("0");
        assertThat(view.freeForSomeAges.getElement().getTextRecursively()).isEqualTo("+1 solo hasta 12 años");
    }

    /** Whether the component and every parent up to the view are visible. */
    private static boolean isShown(com.vaadin.flow.component.Component component) {
        for (var c = java.util.Optional.of(component); c.isPresent(); c = c.get().getParent()) {
            if (!c.get().isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void an_unknown_centre_code_says_so() {
        SignedIn.nobody();
        UI.getCurrent().navigate("cola/NO-SUCH");
        QueueDisplayView view = (QueueDisplayView) getCurrentView();

        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.centreName.getText()).isEmpty();
    }
}
