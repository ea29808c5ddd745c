package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.YearMonth;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
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

/**
 * The centre's own month, browserless: its operator sees the seven sessions of the Monday morning, the six
 * women and the one man as they are (inside the centre nothing is hidden, and nobody is named), the trend of
 * twelve months, and submits the month after confirming; the page then says "Enviado" and lists the
 * snapshots.
 */
@IntegrationTest
class CentreMonthViewTest extends SpringBrowserlessTest {

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    CentreDetails centre;
    YearMonth month;

    @BeforeEach
    void setUp() {
        centre = stationUse.morningOfWalkIns(List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE,
                Sex.FEMALE, Sex.MALE));
        month = YearMonth.from(WorkshopDesk.monday());
        clock.standAt(month.plusMonths(1).atDay(2).atTime(10, 0));
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_operator_reviews_the_month_in_detail_and_submits_it() {
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        CentreMonthView view = navigate(CentreMonthView.class);
        assertThat(view.month.getValue()).as("the month just over").isEqualTo(month);

        assertThat(value(view, view.activity, "Sesiones")).isEqualTo("7");
        assertThat(value(view, view.activity, "Miembros")).isEqualTo("7");
        List<CentreMonthView.Line> bySex = view.bySex.getGenericDataView().getItems().toList();
        assertThat(bySex.get(Sex.FEMALE.ordinal()).value()).isEqualTo("6");
        assertThat(bySex.get(Sex.MALE.ordinal()).value()).as("inside the centre, not hidden").isEqualTo("1");
        assertThat(view.trendChart.getData().categories()).hasSize(12);
        assertThat(view.heading.getText()).contains(centre.code());
        assertThat(view.status.getText()).isEqualTo("Sin calcular");
        assertThat(view.submit.isEnabled()).isTrue();

        test(view.submit).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(view.status.getText()).isEqualTo("Enviado");
        assertThat(view.submit.isEnabled()).isFalse();
        assertThat(view.history.revisions.getGenericDataView().getItems())
                .extracting(r -> r.occasion().name()).containsExactly("COMPUTED", "SUBMITTED");
    }

    @Test
    void the_current_month_cannot_be_submitted_yet() {
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        CentreMonthView view = navigate(CentreMonthView.class);
        view.month.setValue(month.plusMonths(1));
        assertThat(view.submit.isEnabled()).isFalse();
        assertThat(value(view, view.activity, "Sesiones")).isEqualTo("0");
    }

    @Test
    void the_secretariat_does_not_open_a_centre_month() {
        SignedIn.as(Role.SECRETARIAT);
        navigate("mi-centro/mes", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("CentreMonthView");
    }

    private static String value(CentreMonthView view, com.vaadin.flow.component.grid.Grid<CentreMonthView.Line> grid,
            String label) {
        return grid.getGenericDataView().getItems().filter(l -> l.label().equals(label)).findFirst().orElseThrow()
                .value();
    }
}
