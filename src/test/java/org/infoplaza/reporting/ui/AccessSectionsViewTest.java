package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.YearMonth;
import java.util.List;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.AccessReport;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.ui.chart.ChartKind;
import org.infoplaza.shared.ui.chart.ChartValue;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access and equity sections of the indicators page, browserless: six women and one man registered and
 * used the stations for half an hour on a Monday morning at a centre alone in its municipality. The page
 * shows the occupancy, the heat map, the purposes and the registrations with the man hidden, the equity
 * tables with "not recorded", and a definition under each.
 */
@IntegrationTest
class AccessSectionsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestClock clock;

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    CentreService centres;

    CentreDetails centre;
    MunicipalityOption municipality;

    @BeforeEach
    void setUp() {
        // A municipality of its own (the indicators page's own test uses the last one).
        List<MunicipalityOption> all = SystemAuthentication.call(() -> centres.municipalities());
        municipality = all.get(all.size() - 2);
        centre = stationUse.morningOfWalkIns(municipality.id(),
                List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE));
        // Counts of people are published once the month is over.
        clock.standAt(WorkshopDesk.monday().plusMonths(1).withDayOfMonth(2).atTime(9, 0));
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_secretariat_sees_access_and_equity_with_small_counts_hidden() {
        SignedIn.as(Role.SECRETARIAT);
        IndicatorsView view = navigate(IndicatorsView.class);
        view.month.setValue(YearMonth.from(WorkshopDesk.monday()));
        view.municipality.setValue(municipality);
        AccessSection access = view.accessSection;

        AccessReport.Occupancy ours = access.occupancy.getGenericDataView().getItems()
                .filter(o -> o.centreId() != null && o.centreId() == centre.id()).findFirst().orElseThrow();
        assertThat(ours.usedHours()).as("7 stations × 30 minutes").isEqualTo(3.5);
        assertThat(ours.rate()).isNotNull().isPositive();
        assertThat(access.heatmap.getData().kind()).isEqualTo(ChartKind.HEATMAP);
        assertThat(access.heatmap.getData().series()).as("one row per weekday").hasSize(7);
        assertThat(access.heatmap.getData().categories()).contains("9:00");
        access.heatmapCentre.setValue(access.heatmapCentre.getListDataView().getItems()
                .filter(c -> c.id() == centre.id()).findFirst().orElseThrow());
        assertThat(access.heatmap.getData().title()).as("one centre's heat map").isEqualTo("Ocupación por día de la semana y hora");
        assertThat(access.heatmap.getData().series().get(WorkshopDesk.monday().getDayOfWeek().ordinal()).values()
                .get(access.heatmap.getData().categories().indexOf("9:00"))).isNotEqualTo(ChartValue.of(0));

        List<String> purposes = rowOf(access.purposes, centre.code());
        int education = 1 + VisitPurpose.EDUCATION.ordinal();
        assertThat(purposes.get(education)).isEqualTo("7");
        assertThat(access.purposeChart.getData().categories()).hasSize(VisitPurpose.values().length);

        List<String> men = access.registrations.grid.getGenericDataView().getItem(Sex.MALE.ordinal());
        assertThat(men.getLast()).as("one man registered: hidden").isIn("<5", "x");
        assertThat(men).doesNotContain("1");
        assertThat(access.registrations.grid.getGenericDataView().getItem(Sex.FEMALE.ordinal()).getLast())
                .isNotIn("1", "2", "3", "4");
        assertThat(access.queue.getGenericDataView().getItems()).allMatch(q -> q.medianMinutes() == null);
        assertThat(access.occupancyCsv.getHref()).isNotBlank();
        assertThat(access.purposes.csv.getHref()).isNotBlank();
        assertThat(access.getElement().getTextRecursively()).contains("Ocupación: horas de estación usadas");

        EquitySection equity = view.equitySection;
        List<String> ethnicity = equity.ethnicity.grid.getGenericDataView().getItem(0);
        assertThat(ethnicity.get(ethnicity.size() - 2)).as("nobody recorded an ethnicity: all seven, rounded or withheld")
                .isIn("7", "\u22485", "x");
        assertThat(ethnicity).doesNotContain("1", "2", "3", "4");
        assertThat(equity.ethnicity.xlsx.getHref()).isNotBlank();
        assertThat(equity.getElement().getTextRecursively()).contains("Etnia y discapacidad son datos sensibles");
    }

    private static List<String> rowOf(PublishedTable table, String label) {
        return table.grid.getGenericDataView().getItems().filter(row -> row.getFirst().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }
}
