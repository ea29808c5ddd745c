package org.infoplaza.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationDetails;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The member page's history lists the member's own sessions and bookings, newest first, as the booking
 * feature reports them; a member who never came sees an empty state, and another member's visits never
 * appear.
 */
@IntegrationTest
class MemberHistoryViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberService members;

    @Autowired
    BookingService bookings;

    @Autowired
    TestClock clock;

    CentreDetails centre;
    StationDetails pc1;
    MemberDetails ana;
    MemberDetails beto;
    LocalDate monday;

    @BeforeEach
    void setUp() {
        monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.standAt(monday.atTime(9, 0));
        centre = fixtures.centre();
        pc1 = fixtures.station(centre.id(), "PC-01");
        fixtures.station(centre.id(), "PC-02");
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
    void after_a_walk_in_and_a_booking_the_member_page_lists_both_newest_first() {
        bookings.startWalkIn(ana.id(), centre.id(), VisitPurpose.EDUCATION);
        LocalDateTime later = monday.atTime(14, 0);
        bookings.book(new BookingRequest(ana.id(), centre.id(), pc1.id(), later, 30));
        bookings.startWalkIn(beto.id(), centre.id(), VisitPurpose.LEISURE);

        MemberView view = navigate("members/" + ana.id(), MemberView.class);

        var grid = test(view.history);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo(PanamaTime.dateFormat(com.vaadin.flow.component.UI.getCurrent().getLocale()).format(monday));
        assertThat(grid.getCellText(0, 1)).isEqualTo("14:00–14:30");
        assertThat(grid.getCellText(0, 2)).isEqualTo(centre.code());
        assertThat(grid.getCellText(0, 3)).isEqualTo("PC-01");
        assertThat(grid.getCellText(0, 4)).isEqualTo("Reserva");
        assertThat(grid.getCellText(0, 5)).isEqualTo("Reservada");
        assertThat(grid.getCellText(0, 6)).isEqualTo("—");
        assertThat(grid.getCellText(1, 1)).startsWith("09:00–");
        assertThat(grid.getCellText(1, 4)).isEqualTo("Sin reserva");
        assertThat(grid.getCellText(1, 5)).isEqualTo("En sesión");
        assertThat(grid.getCellText(1, 6)).isEqualTo("Educación / tareas");
    }

    @Test
    void a_member_who_never_came_sees_an_empty_history() {
        bookings.startWalkIn(beto.id(), centre.id(), VisitPurpose.LEISURE);

        MemberView view = navigate("members/" + ana.id(), MemberView.class);

        assertThat(test(view.history).size()).isZero();
        assertThat(view.history.getEmptyStateText()).isEqualTo("Todavía no hay sesiones ni reservas");
    }
}
