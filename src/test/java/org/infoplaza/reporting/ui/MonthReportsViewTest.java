package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.VaadinSession;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.MonthCycleService;
import org.infoplaza.reporting.MonthReportRow;
import org.infoplaza.reporting.MonthReportStatus;
import org.infoplaza.reporting.MonthReportSummary;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
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
 * The secretariat's monthly reports, browserless: a month the centre submitted is accepted after a
 * confirmation, reopened only once a reason is written (and the reason is listed), and a check-out counted
 * after acceptance is found by the background check, which moves a progress bar and ends with the month at
 * revision 2, "1 sesión más".
 */
@IntegrationTest
class MonthReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    MonthCycleService cycle;

    @Autowired
    CentreService centres;

    @Autowired
    BookingService bookings;

    @Autowired
    MemberService members;

    CentreDetails centre;
    YearMonth month;
    StaffPrincipal operator;
    MonthReportSummary submitted;

    @BeforeEach
    void setUp() {
        centre = stationUse.morningOfWalkIns(List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE,
                Sex.FEMALE, Sex.MALE));
        month = YearMonth.from(WorkshopDesk.monday());
        clock.standAt(month.plusMonths(1).atDay(2).atTime(10, 0));
        operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
        submitted = cycle.submit(centre.id(), month, 0);
        SignedIn.as(Role.SECRETARIAT);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_secretariat_accepts_a_submitted_month_and_reopens_it_with_a_reason() {
        MonthReportsView view = open();
        MonthReportRow row = ours(view);
        assertThat(row.report().status()).isEqualTo(MonthReportStatus.SUBMITTED);
        assertThat(view.accept.isEnabled()).as("nothing selected").isFalse();

        view.grid.select(row);
        assertThat(view.accept.isEnabled()).isTrue();
        test(view.accept).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(ours(view).report().status()).isEqualTo(MonthReportStatus.ACCEPTED);

        view.grid.select(ours(view));
        assertThat(view.accept.isEnabled()).isFalse();
        test(view.reopen).click();
        ReopenDialog dialog = $(ReopenDialog.class).single();
        assertThat(dialog.confirm.isEnabled()).as("no reason yet").isFalse();
        dialog.reason.setValue("   ");
        assertThat(dialog.confirm.isEnabled()).isFalse();
        dialog.reason.setValue("Faltan las sesiones del sábado");
        test(dialog.confirm).click();

        assertThat(ours(view).report().status()).isEqualTo(MonthReportStatus.REOPENED);
        view.grid.select(ours(view));
        assertThat(view.history.reopenings.getGenericDataView().getItems())
                .singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("Faltan las sesiones del sábado"));
    }

    @Test
    void the_status_filter_shows_only_months_in_that_state() {
        MonthReportsView view = open();
        view.status.setValue(MonthReportStatus.ACCEPTED);
        assertThat(view.grid.getLazyDataView().getItems()).noneMatch(r -> r.report().id() == submitted.id());
        assertThat(view.grid.getEmptyStateText()).startsWith("No hay meses de centros con estos filtros.");
        view.status.setValue(MonthReportStatus.SUBMITTED);
        assertThat(view.grid.getLazyDataView().getItems()).anyMatch(r -> r.report().id() == submitted.id());
    }

    @Test
    void the_check_for_corrections_runs_in_the_background_and_finds_a_late_check_out() throws Exception {
        cycle.accept(submitted.id(), submitted.version());
        lateWalkIn();
        SignedIn.as(Role.SECRETARIAT);
        MonthReportsView view = open();

        test(view.checkCorrections).click();
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.checkCorrections.isEnabled()).as("one check at a time").isFalse();
        view.running.get(120, TimeUnit.SECONDS);
        // The test holds the session lock, as a request would: what the background thread handed to
        // UI.access waits in the session's queue until it is run here, as Vaadin does after a request.
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.progressText.getText()).startsWith("Revisión terminada");
        assertThat(view.checkCorrections.isEnabled()).isTrue();
        MonthReportRow row = ours(view);
        assertThat(row.report().status()).isEqualTo(MonthReportStatus.ACCEPTED);
        assertThat(row.report().revision()).isEqualTo(2);
        assertThat(row.sessions()).isEqualTo(8);
        view.grid.select(row);
        var last = view.history.revisions.getGenericDataView().getItems().toList().getLast();
        assertThat(view.history.change(last, java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("es"))))
                .startsWith("1 sesión más");
    }

    private MonthReportsView open() {
        MonthReportsView view = navigate(MonthReportsView.class);
        view.month.setValue(month);
        view.municipality.setValue(view.municipality.getListDataView().getItems()
                .filter(m -> m.id() == centre.municipalityId()).findFirst().orElseThrow());
        return view;
    }

    private MonthReportRow ours(MonthReportsView view) {
        return view.grid.getLazyDataView().getItems().filter(r -> r.report().id() == submitted.id()).findFirst()
                .orElseThrow();
    }

    /** One more member walks in on the Monday at 11:00 and leaves at 11:45, checked out after acceptance. */
    private void lateWalkIn() {
        clock.standAt(WorkshopDesk.mondayAt(11, 0));
        SignedIn.as(operator);
        long member = members.register(MemberRegistrations.aMember(centre.id()).sex(Sex.FEMALE).build()).id();
        BookingDetails session = bookings.startWalkIn(member, centre.id(), VisitPurpose.EDUCATION);
        clock.standAt(WorkshopDesk.mondayAt(11, 45));
        bookings.checkOut(session.id());
        clock.standAt(month.plusMonths(1).atDay(3).atTime(10, 0));
    }
}
