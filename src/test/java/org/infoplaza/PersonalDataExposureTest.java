package org.infoplaza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberFilter;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.security.Role;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The secretariat and the public see aggregates only. A member with a name nobody else has uses a station;
 * then every page the secretariat can open, and every public page, is read whole (the page's text and every
 * cell of every grid) for that member's names, number and date of birth, and the member services refuse the
 * secretariat outright.
 */
@IntegrationTest
class PersonalDataExposureTest extends SpringBrowserlessTest {

    /** Every page the secretariat may open (see {@code AuthorizationMatrixTest}). */
    private static final List<String> SECRETARIAT_PAGES = List.of("", "centres", "indicators", "reportes-mensuales",
            "account");

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    MemberService members;

    @Autowired
    BookingService bookings;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    CentreDetails centre;
    MemberDetails member;

    @BeforeEach
    void setUp() {
        centre = stationUse.morningOfWalkIns(List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE));
        clock.standAt(WorkshopDesk.mondayAt(11, 0));
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        member = members.register(MemberRegistrations.aMember(centre.id()).named("Zuleika", "Quiroztegui Arosemena")
                .sex(Sex.FEMALE).build());
        BookingDetails session = bookings.startWalkIn(member.id(), centre.id(), VisitPurpose.EMPLOYMENT);
        clock.standAt(WorkshopDesk.mondayAt(11, 45));
        bookings.checkOut(session.id());
        // Standing in the next month: the indicators open on the month of these sessions.
        clock.standAt(YearMonth.from(WorkshopDesk.monday()).plusMonths(1).atDay(2).atTime(10, 0));
        SignedIn.nobody();
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void no_page_the_secretariat_opens_shows_anything_of_a_member() {
        SignedIn.as(fixtures.staff(Role.SECRETARIAT, centre.id()));
        for (String page : SECRETARIAT_PAGES) {
            UI.getCurrent().navigate(page);
            assertThat(getCurrentView().getClass().getSimpleName()).as("/%s opens", page)
                    .isNotIn("AccessDeniedView", "LoginView");
            assertNothingOfTheMember(page);
        }
    }

    @Test
    void no_public_page_shows_anything_of_a_member() {
        for (String page : List.of("transparencia", "verificar", "cola/" + centre.code())) {
            UI.getCurrent().navigate(page);
            assertNothingOfTheMember(page);
        }
    }

    @Test
    void the_same_reading_finds_the_member_where_her_centre_may_see_her() {
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        UI.getCurrent().navigate("members/" + member.id());
        assertThat(pageText()).as("the check above would notice a leak").contains("Zuleika", member.memberNumber());
    }

    @Test
    void the_member_services_refuse_the_secretariat() {
        SignedIn.as(Role.SECRETARIAT);
        assertThatThrownBy(() -> members.get(member.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.search(new MemberFilter("Zuleika"), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.findByNumber(member.memberNumber())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.summariesOf(List.of(member.id()))).isInstanceOf(AccessDeniedException.class);
    }

    private void assertNothingOfTheMember(String page) {
        String text = pageText();
        assertThat(text).as("/%s", page).isNotBlank()
                .doesNotContain("Zuleika", "Quiroztegui", member.memberNumber(),
                        member.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        member.dateOfBirth().toString());
    }

    /** The text of the whole page, and of every cell of every grid on it (grids render their rows lazily). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private String pageText() {
        StringBuilder text = new StringBuilder(getCurrentView().getElement().getTextRecursively());
        List<Grid> grids = new ArrayList<>($(Grid.class).all());
        for (Grid grid : grids) {
            var tester = test(grid);
            int rows = Math.min(tester.size(), 200);
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < grid.getColumns().size(); column++) {
                    try {
                        text.append(' ').append(tester.getCellText(row, column));
                    } catch (RuntimeException notText) {
                        // A column drawn by components (buttons, badges): read the component's text instead.
                        text.append(' ').append(tester.getCellComponent(row, column).getElement().getTextRecursively());
                    }
                }
            }
        }
        return text.toString();
    }
}
