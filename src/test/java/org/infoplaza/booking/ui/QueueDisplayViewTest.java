package org.infoplaza.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.QueueTicket;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.booking.WalkInQueue;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
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
    void an_unknown_centre_code_says_so() {
        SignedIn.nobody();
        UI.getCurrent().navigate("cola/NO-SUCH");
        QueueDisplayView view = (QueueDisplayView) getCurrentView();

        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.centreName.getText()).isEmpty();
    }
}
