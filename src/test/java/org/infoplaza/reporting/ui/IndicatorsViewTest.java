package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.time.YearMonth;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.ui.chart.ChartValue;
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
 * The secretariat's indicators, browserless: a centre where six women and one man used the stations on a
 * Monday morning shows its sessions as they are, and its members by sex with the single man hidden as
 * "<5" (and never as 1), with the legend that explains the mark.
 */
@IntegrationTest
class IndicatorsViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

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
        // Alone in a municipality of its own: the other tests' centres (whose small counts could make the
        // whole country's table unpublishable) are elsewhere.
        municipality = SystemAuthentication.call(() -> centres.municipalities().getLast());
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
    void the_secretariat_sees_the_month_with_small_counts_hidden_and_explained() {
        SignedIn.as(Role.SECRETARIAT);
        IndicatorsView view = navigate(IndicatorsView.class);
        view.month.setValue(YearMonth.from(WorkshopDesk.monday()));
        view.municipality.setValue(municipality);

        int row = rowOf(view.bySex);
        List<String> ours = view.bySex.grid.getGenericDataView().getItem(row);
        int female = 1 + Sex.FEMALE.ordinal();
        int male = 1 + Sex.MALE.ordinal();
        assertThat(ours.get(male)).as("hidden: <5, or withheld with everything of so small a centre").isIn("<5", "x");
        assertThat(ours).doesNotContain("1");
        assertThat(ours.get(female)).as("not shown exactly, or the row total would give the man away")
                .isNotEqualTo("6");
        assertThat(view.bySex.legend.getElement().getTextRecursively()).containsAnyOf("<5: entre 1 y 4", "x: ");

        StationUseActivity activity = new StationUseActivity(view);
        assertThat(activity.sessionsOf(centre.code())).isEqualTo("7");
        assertThat(view.heading.getText()).contains(municipality.label());
        assertThat(view.sessionsChart.getData().categories()).contains(centre.code());
        assertThat(view.bySex.csv.getHref()).as("each table has its CSV download").isNotBlank();
        assertThat(view.emptyState.isVisible()).isFalse();
        assertThat(view.trendChart.getData().categories()).hasSize(12);
        assertThat(view.trendChart.getData().series().getFirst().values().getLast())
                .isInstanceOfSatisfying(ChartValue.Amount.class, sessions -> assertThat(sessions.value()).isGreaterThanOrEqualTo(7));
        assertThat(view.activityCsv.getHref()).isNotBlank();
        assertThat(view.bySex.xlsx.getHref()).isNotBlank();
        assertThat(view.activityXlsx.getHref()).isNotBlank();
        assertThat(view.sexChart.getData().series().getFirst().values()).as("hidden counts stay marks in the chart")
                .noneMatch(value -> value.equals(ChartValue.of(1)));
    }

    @Test
    void it_opens_on_the_last_finished_month_and_marks_the_month_in_progress_as_partial() {
        SignedIn.as(Role.SECRETARIAT);
        IndicatorsView view = navigate(IndicatorsView.class);

        YearMonth now = YearMonth.now(clock);
        assertThat(view.month.getValue()).isEqualTo(now.minusMonths(1));
        assertThat(view.heading.getText()).doesNotContain("parcial");

        view.month.setValue(now);
        assertThat(view.heading.getText()).contains("mes en curso").contains("al terminar el mes");
        assertThat(view.bySex.legend.getElement().getTextRecursively()).as("counts of people wait for the release")
                .contains("el mes no ha terminado");
    }

    @Test
    void members_by_sex_and_age_band_answer_how_many_of_an_age_were_served_by_sex() {
        SignedIn.as(Role.SECRETARIAT);
        IndicatorsView view = navigate(IndicatorsView.class);
        view.month.setValue(YearMonth.from(WorkshopDesk.monday()));
        view.municipality.setValue(municipality);

        List<String> women = view.togetherBySexAndAgeBand.grid.getGenericDataView().getItem(Sex.FEMALE.ordinal());
        List<String> bySex = view.togetherBySex.grid.getGenericDataView().getItem(0);
        // The women's row adds up to the women of the members-by-sex table, and no count under 5 is shown.
        assertThat(women.getFirst()).isEqualTo(view.getTranslation("member.sex.FEMALE"));
        assertThat(women.getLast()).isNotIn("0", "<5");
        if (!women.getLast().equals("x") && !bySex.get(1 + Sex.FEMALE.ordinal()).equals("x")) {
            assertThat(women.getLast()).isEqualTo(bySex.get(1 + Sex.FEMALE.ordinal()));
        }
        assertThat(view.togetherBySexAndAgeBand.grid.getGenericDataView().getItems().flatMap(List::stream))
                .doesNotContain("1", "2", "3", "4");
    }

    @Test
    void a_month_without_sessions_says_so_instead_of_drawing_empty_charts() {
        SignedIn.as(Role.SECRETARIAT);
        IndicatorsView view = navigate(IndicatorsView.class);
        view.municipality.setValue(municipality);
        view.month.setValue(YearMonth.from(WorkshopDesk.monday()).minusMonths(6));

        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.emptyState.getText()).startsWith("No hay sesiones registradas");
        assertThat(view.monthCharts.isVisible()).isFalse();
    }

    @Test
    void operators_and_facilitators_do_not_reach_the_indicators() {
        SignedIn.as(Role.OPERATOR, centre.id());
        navigate("indicators", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("IndicatorsView");
    }

    private int rowOf(PublishedTable table) {
        List<List<String>> rows = table.grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getFirst().equals(centre.code())) {
                return i;
            }
        }
        throw new AssertionError("no row for " + centre.code());
    }

    /** Reads the activity grid by centre code. */
    private record StationUseActivity(IndicatorsView view) {
        String sessionsOf(String code) {
            return view.activity.getGenericDataView().getItems()
                    .filter(a -> a.centreId() != null && view.centreCodeOf(a.centreId()).equals(code))
                    .map(a -> String.valueOf(a.sessions())).findFirst().orElseThrow();
        }
    }
}
