package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.member.Sex;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.Translations;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The monthly PDF on the real database: six women and one man used the stations of a centre on a Monday. The
 * secretariat's report of the municipality prints the seven sessions and hides the man as "&lt;5"; the centre's
 * operators get their own centre's report but neither a municipality's nor another centre's; facilitators
 * get none.
 */
@IntegrationTest
class MonthlyReportsIntegrationTest {

    @Autowired
    MonthlyReports reports;

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    CentreService centres;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    MunicipalityOption municipality;
    CentreDetails centre;
    YearMonth month;

    @BeforeEach
    void setUp() {
        // A municipality of the middle of the list, away from the other reporting tests' centres.
        municipality = SystemAuthentication.call(() -> {
            List<MunicipalityOption> all = centres.municipalities();
            return all.get(all.size() / 2);
        });
        centre = stationUse.morningOfWalkIns(municipality.id(),
                List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE));
        month = YearMonth.from(WorkshopDesk.monday());
        // Counts of people are published once the month is over.
        clock.standAt(month.plusMonths(1).atDay(2).atTime(9, 0));
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_secretariats_municipality_report_prints_the_sessions_and_hides_the_man() throws Exception {
        SignedIn.as(Role.SECRETARIAT);

        String text = MonthlyReportPdfTest.text(reports.pdf(month, municipality.id(), Translations.SPANISH));

        assertThat(text).contains("Informe mensual de las Infoplazas", municipality.label(),
                new MonthlyReportPdf(new Translations()).monthName(month, Translations.SPANISH));
        assertThat(text).as("seven sessions, none of guests").containsPattern(centre.code() + "\\s*7\\s*0\\s*3.5");
        assertThat(text).as("the man at this centre hidden, the women not exact")
                .containsPattern(centre.code() + "\\s*(x|\u2248\\d+)\\s*(<5|x)")
                .doesNotContainPattern(centre.code() + "\\s*6\\s*1\\b");
    }

    @Test
    void the_english_report_of_the_whole_country_is_for_administrators_too() throws Exception {
        SignedIn.as(Role.ADMIN);

        String text = MonthlyReportPdfTest.text(reports.pdf(month, null, Locale.ENGLISH));

        assertThat(text).contains("Infoplaza monthly report", "The whole country", "Station use", centre.code());
    }

    @Test
    void an_operator_gets_their_own_centres_report_and_nothing_wider() throws Exception {
        CentreDetails other = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));

        String text = MonthlyReportPdfTest.text(reports.centrePdf(month, centre.id(), Translations.SPANISH));

        assertThat(text).contains("Infoplaza " + centre.name() + " (" + centre.code() + ")")
                .containsPattern(centre.code() + "\\s*7\\s*0");
        assertThat(text).as("their centre's row as the secretariat sees it")
                .containsPattern(centre.code() + "\\s*(x|\u2248\\d+)\\s*(<5|x)")
                .doesNotContainPattern(centre.code() + "\\s*6\\s*1\\b");
        assertThatThrownBy(() -> reports.pdf(month, municipality.id(), Translations.SPANISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.pdf(month, null, Translations.SPANISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.centrePdf(month, other.id(), Translations.SPANISH))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void facilitators_get_no_report() {
        SignedIn.as(fixtures.staff(Role.FACILITATOR, centre.id()));

        assertThatThrownBy(() -> reports.centrePdf(month, centre.id(), Translations.SPANISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.pdf(month, municipality.id(), Translations.SPANISH))
                .isInstanceOf(AccessDeniedException.class);
    }
}
