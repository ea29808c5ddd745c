package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.PdfText;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The PDF button of the indicators, browserless: the report is written on another thread while the page shows
 * a progress bar and still answers (here: the unit is changed meanwhile); when the background work's update
 * arrives (as a push would deliver it) the page offers the file of the unit and month that were asked for,
 * and that file is the report, with the man of the centre hidden as "&lt;5" (and, since a hidden 5 cannot
 * go lower, the centre's total hidden too).
 */
@IntegrationTest
class ReportPdfButtonTest extends SpringBrowserlessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    CentreService centres;

    @Autowired
    TestClock clock;

    MunicipalityOption municipality;
    CentreDetails centre;

    @BeforeEach
    void setUp() {
        // A municipality a third of the way down the list, away from the other reporting tests' centres.
        municipality = SystemAuthentication.call(() -> {
            List<MunicipalityOption> all = centres.municipalities();
            return all.get(all.size() / 3);
        });
        centre = stationUse.morningOfWalkIns(municipality.id(),
                List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE));
        // Counts of people are published once the month is over.
        clock.standAt(WorkshopDesk.monday().plusMonths(1).withDayOfMonth(2).atTime(9, 0));
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_report_is_written_in_the_background_and_then_offered_as_a_file() throws Exception {
        SignedIn.as(Role.SECRETARIAT);
        IndicatorsView view = navigate(IndicatorsView.class);
        view.month.setValue(YearMonth.from(WorkshopDesk.monday()));
        view.municipality.setValue(municipality);
        ReportPdfButton pdf = view.pdfReport;

        test(pdf.button).click();

        assertThat(pdf.progress.isVisible()).isTrue();
        assertThat(pdf.status.getText()).startsWith("Preparando el informe de " + municipality.label());
        assertThat(pdf.button.isEnabled()).as("one report at a time").isFalse();
        assertThat(pdf.download.isVisible()).isFalse();
        view.municipality.clear();
        assertThat(view.heading.getText()).as("the page still answers").startsWith("Todo el país");

        waitUntilOffered(pdf);

        assertThat(pdf.progress.isVisible()).isFalse();
        assertThat(pdf.button.isEnabled()).isTrue();
        assertThat(pdf.download.getText()).as("the file is the unit that was asked for").contains(municipality.label());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        test(pdf.download).download(file);
        String text = PdfText.of(file.toByteArray());
        assertThat(text).contains("Informe mensual de las Infoplazas", municipality.label())
                .containsPattern(centre.code() + "\\s*6\\s*0")
                .as("one man hidden, and the five women and the six served not both exact: 6 − 5 would give him away")
                .doesNotContainPattern(centre.code() + "\\s*5\\s*\\S+\\s*0\\s*6")
                .doesNotContainPattern(centre.code() + "\\s*\\S+\\s*1\\s*0\\s*\\S+");
    }

    /** Runs what the background thread queued for the page, as a push would, until the file is offered. */
    private static void waitUntilOffered(ReportPdfButton pdf) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!pdf.download.isVisible()) {
            assertThat(Instant.now()).as("the report should be ready by now").isBefore(giveUp);
            Thread.sleep(100);
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
        }
    }
}
