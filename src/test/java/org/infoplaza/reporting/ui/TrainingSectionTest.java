package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.TrainingMeasure;
import org.infoplaza.reporting.TrainingReport;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.chart.ChartSeries;
import org.infoplaza.shared.ui.chart.ChartValue;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.CertificateDesk;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The training section of the indicators view, browserless: a centre whose cohort of six girls ended (three
 * at every session, one at exactly 80 %, one at 70 %, one never) shows its cohort, the six enrolled, the four
 * who completed hidden as "<5" in the table and in the completion chart, and downloads of each table.
 */
@IntegrationTest
class TrainingSectionTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    CentreService centres;

    @Autowired
    MemberService members;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AttendanceService attendance;

    CentreDetails centre;
    MunicipalityOption municipality;
    YearMonth endMonth;

    @BeforeEach
    void setUp() {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        List<MunicipalityOption> all = SystemAuthentication.call(centres::municipalities);
        municipality = all.get(all.size() - 3);
        centre = WorkshopDesk.centre(fixtures, centres, municipality.id());
        long course = WorkshopDesk.course(courses).id();
        StaffPrincipal facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        Map<Long, Integer> presences = new LinkedHashMap<>();
        for (int presence : List.of(10, 10, 10, 8, 7, 0)) {
            presences.put(teen(), presence);
        }
        SignedIn.as(facilitator);
        CohortDetails cohort = CertificateDesk.heldCohort(cohorts, enrolments, attendance, clock, course, centre.id(),
                facilitator.id(), presences);
        endMonth = YearMonth.from(cohort.sessions().getLast().startsAt());
        // Counts of people are published once the month is over.
        clock.standAt(endMonth.plusMonths(1).atDay(2).atTime(9, 0));
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_secretariat_sees_the_cohort_the_enrolled_and_the_completions_hidden_when_few() {
        SignedIn.as(Role.SECRETARIAT);
        IndicatorsView view = navigate(IndicatorsView.class);
        view.month.setValue(endMonth);
        view.municipality.setValue(municipality);
        TrainingSection training = view.training;

        TrainingReport.Activity ours = training.activity.getGenericDataView().getItems()
                .filter(a -> a.centreId() != null && a.centreId() == centre.id()).findFirst().orElseThrow();
        assertThat(ours.cohortsRun()).isEqualTo(1);
        assertThat(ours.sessions()).isPositive();
        assertThat(ours.attendancePercent().value()).as("six enrolled: the rate is shown").isNotNull();

        int female = 1 + Sex.FEMALE.ordinal();
        List<String> enrolled = rowOf(training.bySex.get(TrainingMeasure.ENROLLED));
        assertThat(enrolled.get(female)).isEqualTo("6");
        List<String> completed = rowOf(training.bySex.get(TrainingMeasure.COMPLETED));
        assertThat(completed.get(female)).isIn("<5", "x");
        assertThat(completed).doesNotContain("4");
        assertThat(training.bySex.get(TrainingMeasure.COMPLETED).legend.getElement().getTextRecursively())
                .containsAnyOf("<5", "x:");

        int category = training.completionChart.getData().categories().indexOf(centre.code());
        assertThat(category).isNotNegative();
        List<ChartSeries> series = training.completionChart.getData().series();
        assertThat(series).hasSize(3);
        assertThat(series.get(0).values().get(category)).isEqualTo(ChartValue.of(6));
        assertThat(series.get(2).values().get(category)).as("hidden counts stay marks in the chart")
                .isNotEqualTo(ChartValue.of(4)).isNotInstanceOf(ChartValue.Amount.class);

        assertThat(training.activityCsv.getHref()).isNotBlank();
        assertThat(training.activityXlsx.getHref()).isNotBlank();
        assertThat(training.bySex.get(TrainingMeasure.ENROLLED).csv.getHref()).isNotBlank();
        assertThat(training.certificates.xlsx.getHref()).isNotBlank();
    }

    @Test
    void a_month_without_workshops_shows_zero_cohorts_and_no_rates() {
        SignedIn.as(Role.SECRETARIAT);
        IndicatorsView view = navigate(IndicatorsView.class);
        view.municipality.setValue(municipality);
        view.month.setValue(endMonth.minusMonths(6));

        TrainingReport.Activity ours = view.training.activity.getGenericDataView().getItems()
                .filter(a -> a.centreId() != null && a.centreId() == centre.id()).findFirst().orElseThrow();
        assertThat(ours.cohortsRun()).isZero();
        assertThat(ours.attendancePercent()).isEqualTo(new TrainingReport.Published<>(null, false));
        assertThat(rowOf(view.training.bySex.get(TrainingMeasure.ENROLLED)).get(1 + Sex.FEMALE.ordinal()))
                .isEqualTo("0");
    }

    private List<String> rowOf(PublishedTable table) {
        return table.grid.getGenericDataView().getItems().filter(row -> row.getFirst().equals(centre.code()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + centre.code()));
    }

    private long teen() {
        return SystemAuthentication.call(() -> members.register(MemberRegistrations.aMember(centre.id())
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(ThreadLocalRandom.current().nextInt(1, 300)))
                .withWorkshopConsent().build()).id());
    }
}
