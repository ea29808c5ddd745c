package org.infoplaza.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.infoplaza.workshop.WorkshopDesk.monday;
import static org.infoplaza.workshop.WorkshopDesk.mondayAt;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureData;
import org.infoplaza.centre.ClosureKind;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CohortSummary;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentDetails;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.EnrolmentStatus;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.WorkshopDesk;
import java.math.BigDecimal;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.infoplaza.workshop.CourseData;
import org.infoplaza.workshop.Track;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workshop views driven as a facilitator would: a cohort opened from a weekly pattern with its preview,
 * enrolment until the cohort is full and onto the waitlist, a withdrawal that lets the first person waiting
 * in, the page of a cohort someone else runs, and the course form's rules. The centre is open on weekdays
 * 08:00–12:00 and 13:00–18:00; the clock stands on the coming Monday at 09:00.
 */
@IntegrationTest
class CohortViewsTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    CentreService centres;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    @Autowired
    MemberService members;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    StationService stations;

    @Autowired
    BookingService bookings;

    CentreDetails centre;
    CourseDetails course;
    StaffPrincipal facilitator;

    @BeforeEach
    void setUp() {
        clock.standAt(mondayAt(9, 0));
        centre = WorkshopDesk.centre(fixtures, centres);
        course = WorkshopDesk.course(courses);
        facilitator = fixtures.staff(Role.FACILITATOR, centre.id());
        SignedIn.as(facilitator);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void a_cohort_is_created_from_a_weekly_pattern_after_its_preview() {
        LocalDate secondThursday = monday().plusDays(10);
        SystemAuthentication.run(() -> centres.addClosure(centre.id(),
                new ClosureData(secondThursday, secondThursday, ClosureKind.HOLIDAY, "Feriado patrio")));
        NewCohortView view = navigate(NewCohortView.class);

        test(view.course).selectItem(course.title());
        assertThat(view.centre.getValue().id()).as("the facilitator's only centre").isEqualTo(centre.id());
        assertThat(view.facilitators.getValue()).extracting(f -> f.id()).containsExactly(facilitator.id());
        test(view.name).setValue("Martes y jueves por la tarde");
        test(view.capacity).setValue(12);
        test(view.days).selectItems("Martes", "Jueves");
        test(view.firstDay).setValue(monday());
        test(view.weeks).setValue(5);
        assertThat(view.save.isEnabled()).as("nothing to save before the preview").isFalse();
        test(view.preview).click();

        assertThat(test(view.sessions).size()).isEqualTo(9);
        assertThat(test(view.skipped).size()).isEqualTo(1);
        assertThat(test(view.skipped).getCellText(0, 1)).isEqualTo("Centro cerrado: Feriado patrio");
        assertThat(test(view.skipped).getRow(0).day()).isEqualTo(secondThursday);
        assertThat(view.clashWarning.isVisible()).as("the course does not use the computer room").isFalse();

        test(button(test(view.sessions).getCellComponent(8, "actions"))).click();
        assertThat(test(view.sessions).size()).isEqualTo(8);
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(CohortView.class);
        CohortSummary created = cohorts.list(centre.id()).getFirst();
        assertThat(created.name()).isEqualTo("Martes y jueves por la tarde");
        CohortDetails details = cohorts.get(created.id());
        assertThat(details.capacity()).isEqualTo(12);
        assertThat(details.sessions()).hasSize(8).extracting(s -> s.startsAt().toLocalDate())
                .doesNotContain(secondThursday);
        assertThat(((CohortView) getCurrentView()).title.getText()).isEqualTo(course.title() + " · " + created.name());
    }

    @Test
    void a_course_in_the_computer_room_shows_the_bookings_it_would_overlap_before_saving() {
        CourseData data = WorkshopDesk.courseData(Fixtures.unique("Alfabetización"));
        CourseDetails roomCourse = WorkshopDesk.course(courses, new CourseData(data.title(), Track.DIGITAL_SKILLS, null,
                null, null, 4, new BigDecimal("8"), 80, true, List.of(), 0));
        long stationId = SystemAuthentication.call(() -> stations.create(centre.id(),
                new StationData("PC-07", StationKind.DESKTOP, null, null, null, 0))).id();
        StaffPrincipal operator = fixtures.staff(Role.OPERATOR, centre.id());
        SignedIn.as(operator);
        long member = WorkshopDesk.adult(members, centre.id());
        bookings.book(new BookingRequest(member, centre.id(), stationId, monday().plusDays(1).atTime(15, 30), 60));
        SignedIn.as(facilitator);
        NewCohortView view = navigate(NewCohortView.class);

        test(view.course).selectItem(roomCourse.title());
        test(view.name).setValue("Alfabetización de la tarde");
        test(view.capacity).setValue(10);
        test(view.days).selectItems("Martes");
        test(view.firstDay).setValue(monday());
        test(view.weeks).setValue(2);
        test(view.preview).click();

        assertThat(view.clashWarning.isVisible()).isTrue();
        assertThat(test(view.clashes).size()).isOne();
        assertThat(test(view.clashes).getCellText(0, 1)).isEqualTo("PC-07");
        assertThat(view.clashWarning.getText()).doesNotContain(WorkshopDesk.class.getSimpleName());
    }

    @Test
    void a_changed_pattern_discards_the_preview_so_only_what_was_shown_is_saved() {
        NewCohortView view = navigate(NewCohortView.class);
        test(view.course).selectItem(course.title());
        test(view.days).selectItems("Martes");
        test(view.preview).click();
        assertThat(view.save.isEnabled()).isTrue();

        test(view.days).selectItem("Jueves");

        assertThat(view.save.isEnabled()).isFalse();
        assertThat(view.previewSection.isVisible()).isFalse();
    }

    @Test
    void enrolling_past_capacity_puts_the_next_member_on_the_waitlist_and_a_withdrawal_lets_them_in() {
        CohortDetails cohort = cohort(2);
        MemberDetails ana = teen("Ana", "Batista");
        MemberDetails beto = teen("Beto", "Cedeño");
        MemberDetails carla = teen("Carla", "Duarte");
        CohortView view = open(cohort);
        select(view, "cohorts.tab.roster");

        test(view.enrol).click();
        roundTrip();
        EnrolDialog dialog = view.enrolDialog;
        for (MemberDetails member : List.of(ana, beto, carla)) {
            test(dialog.search.query).setValue(member.memberNumber());
            test(dialog.confirm).click();
        }

        assertThat(dialog.outcome.getText())
                .isEqualTo("El grupo está lleno: Carla Duarte quedó en la lista de espera, posición 1.");
        assertThat(dialog.search.query.getValue()).as("ready for the next person").isEmpty();
        assertThat(rows(view)).extracting(EnrolmentDetails::memberName, EnrolmentDetails::status,
                        EnrolmentDetails::waitlistPosition)
                .containsExactly(tuple("Ana Batista", EnrolmentStatus.ENROLLED, 0),
                        tuple("Beto Cedeño", EnrolmentStatus.ENROLLED, 0),
                        tuple("Carla Duarte", EnrolmentStatus.WAITLISTED, 1));
        assertThat(test(view.roster).getCellComponent(2, "status").getElement().getText()).isEqualTo("En espera (1)");
        test(dialog.close).click();

        int anaRow = rows(view).stream().map(EnrolmentDetails::memberName).toList().indexOf("Ana Batista");
        test(button(test(view.roster).getCellComponent(anaRow, "actions"))).click();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(rows(view)).as("nothing happens before the answer").hasSize(3);
        test(question).confirm();

        assertThat(lastNotification()).isEqualTo(
                "Ana Batista fue retirado del grupo. Pasa de la lista de espera al grupo: Carla Duarte.");
        assertThat(rows(view)).extracting(EnrolmentDetails::memberName, EnrolmentDetails::status)
                .containsExactlyInAnyOrder(tuple("Beto Cedeño", EnrolmentStatus.ENROLLED),
                        tuple("Carla Duarte", EnrolmentStatus.ENROLLED));
    }

    @Test
    void a_member_the_workshop_rules_refuse_is_told_why_before_and_when_enrolling() {
        CohortDetails cohort = cohort(5);
        MemberDetails adult = SystemAuthentication.call(() -> members.register(
                MemberRegistrations.aMember(centre.id()).named("Diana", "Espino").build()));
        CohortView view = open(cohort);
        select(view, "cohorts.tab.roster");

        test(view.enrol).click();
        roundTrip();
        test(view.enrolDialog.search.query).setValue(adult.memberNumber());
        test(view.enrolDialog.confirm).click();

        assertThat(lastNotification()).startsWith("Con ").contains("el curso es para edades 13–18");
        assertThat(rows(view)).isEmpty();
    }

    @Test
    void a_facilitator_who_does_not_run_the_cohort_gets_not_found() {
        CohortDetails cohort = cohort(5);
        SignedIn.as(fixtures.staff(Role.FACILITATOR, centre.id()));

        UI.getCurrent().navigate("workshops/" + cohort.id());
        Class<?> otherFacilitator = getCurrentView().getClass();
        UI.getCurrent().navigate("workshops/999999999");
        Class<?> unknown = getCurrentView().getClass();

        assertThat(otherFacilitator).isNotEqualTo(CohortView.class).isEqualTo(unknown);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain(cohort.name());
        CohortsView list = navigate(CohortsView.class);
        assertThat(test(list.grid).size()).as("nor is it listed for them").isZero();
    }

    @Test
    void the_cohort_list_shows_what_the_facilitator_runs_and_opens_its_page() {
        CohortDetails cohort = cohort(5);
        CohortsView view = navigate(CohortsView.class);

        assertThat(view.centre.isVisible()).as("one centre: no filter").isFalse();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).name()).isEqualTo(cohort.name());
        test(view.grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(CohortView.class);
    }

    @Test
    void sessions_are_moved_and_cancelled_from_the_cohort_page() {
        CohortDetails cohort = cohort(5);
        CohortView view = open(cohort);
        int sessions = cohort.sessions().size();
        var dates = PanamaTime.dateFormat(UI.getCurrent().getLocale());
        SessionDetails firstThursday = cohort.sessions().get(1);
        LocalDate wednesday = monday().plusDays(2);

        test(button(test(view.sessions).getCellComponent(1, "actions"),
                "Mover la sesión del " + dates.format(firstThursday.startsAt()))).click();
        roundTrip();
        SessionDialog move = $(SessionDialog.class).single();
        test(move.day).setValue(wednesday);
        test(move.save).click();

        assertThat(cohorts.get(cohort.id()).sessions().get(1).startsAt()).isEqualTo(wednesday.atTime(15, 0));
        assertThat(test(view.sessions).getRow(1).startsAt().toLocalDate()).isEqualTo(wednesday);

        test(button(test(view.sessions).getCellComponent(0, "actions"),
                "Cancelar la sesión del " + dates.format(cohort.sessions().getFirst().startsAt()))).click();
        test($(ConfirmDialog.class).single()).confirm();

        CohortDetails after = cohorts.get(cohort.id());
        assertThat(after.sessions().getFirst().cancelled()).isTrue();
        assertThat(after.heldOrPlanned()).hasSize(sessions - 1);
        assertThat(test(view.sessions).getCellComponent(0, "state").getElement().getText()).isEqualTo("Cancelada");
    }

    @Test
    void cancelling_a_session_asks_first_and_keeping_it_changes_nothing() {
        CohortDetails cohort = cohort(5);
        CohortView view = open(cohort);
        var dates = PanamaTime.dateFormat(UI.getCurrent().getLocale());

        test(button(test(view.sessions).getCellComponent(0, "actions"),
                "Cancelar la sesión del " + dates.format(cohort.sessions().getFirst().startsAt()))).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Mantener la sesión");
        test(confirm).cancel();

        assertThat(cohorts.get(cohort.id()).sessions()).noneMatch(SessionDetails::cancelled);
    }

    @Test
    void a_session_on_a_closed_day_is_refused_with_the_reason_and_the_dialog_stays_open() {
        CohortDetails cohort = cohort(5);
        CohortView view = open(cohort);

        test(view.addSession).click();
        roundTrip();
        SessionDialog add = $(SessionDialog.class).single();
        test(add.day).setValue(monday().plusDays(5));
        test(add.save).click();

        assertThat(lastNotification()).isEqualTo("El " + PanamaTime.dateFormat(UI.getCurrent().getLocale())
                .format(monday().plusDays(5)) + " la sesión queda fuera del horario del centro.");
        assertThat(add.isOpened()).isTrue();
        assertThat(cohorts.get(cohort.id()).sessions()).hasSameSizeAs(cohort.sessions());
    }

    @Test
    void completion_shows_each_enrolled_member_and_links_to_certificates_and_questionnaire() {
        CohortDetails cohort = cohort(5);
        MemberDetails ana = teen("Ana", "Batista");
        enrolments.enrol(cohort.id(), ana.id());
        CohortView view = open(cohort);
        select(view, "cohorts.tab.completion");

        assertThat(test(view.completion).size()).isEqualTo(1);
        assertThat(test(view.completion).getCellText(0, 2)).isEqualTo("0 de " + cohort.sessions().size());
        assertThat(view.certificates.getHref()).isEqualTo("workshops/" + cohort.id() + "/certificates");
        assertThat(view.questionnaire.getHref()).isEqualTo("workshops/" + cohort.id() + "/questionnaire");
    }

    @Test
    void the_course_form_shows_each_rule_next_to_its_field_and_saves_nothing_until_they_hold() {
        SignedIn.as(fixtures.staff(Role.SECRETARIAT, centre.id()));
        CoursesView view = navigate(CoursesView.class);
        int before = courses.list(true).size();

        test(view.addCourse).click();
        CourseForm form = view.form;
        test(form.questions.add).click();
        test(form.completionThreshold).setValue(0);
        test(form.save).click();

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Escriba el título del curso.");
        assertThat(form.track.isInvalid()).isTrue();
        assertThat(form.completionThreshold.getErrorMessage()).isEqualTo("El umbral de asistencia va de 1 % a 100 %.");
        assertThat(view.editor.isOpened()).isTrue();

        test(form.title).setValue("Robótica básica");
        test(form.track).selectItem("Programación para niñas y niños");
        test(form.plannedHours).setValue(new BigDecimal("12"));
        test(form.completionThreshold).setValue(75);
        test(form.save).click();
        assertThat(form.questions.fields().getFirst().isInvalid()).as("a blank statement").isTrue();
        assertThat(form.questions.fields().getFirst().getErrorMessage())
                .isEqualTo("Una pregunta del cuestionario está vacía.");
        assertThat(courses.list(true)).hasSize(before);

        test(form.questions.fields().getFirst()).setValue("Puedo explicar qué es un algoritmo");
        test(form.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        assertThat(courses.list(true)).filteredOn(c -> c.title().equals("Robótica básica")).singleElement()
                .satisfies(c -> {
                    assertThat(c.completionThreshold()).isEqualTo(75);
                    assertThat(c.questions()).containsExactly("Puedo explicar qué es un algoritmo");
                });
    }

    @Test
    void operators_read_the_catalogue_without_changing_it() {
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        CoursesView view = navigate(CoursesView.class);

        assertThat(view.addCourse.isVisible()).isFalse();
        int row = test(view.grid).size() - 1;
        while (!test(view.grid).getRow(row).title().equals(course.title())) {
            row--;
        }
        Component actions = test(view.grid).getCellComponent(row, "actions");
        assertThat($(Button.class, actions).all()).hasSize(1);
        test(button(actions)).click();
        assertThat(view.form.title.isReadOnly()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
    }

    @Test
    void a_facilitator_proposes_a_course_and_it_is_in_the_catalogue_once_the_secretariat_accepts_it() {
        String title = Fixtures.unique("Podcast comunitario");
        CoursesView view = navigate(CoursesView.class);
        assertThat(view.addCourse.isVisible()).as("facilitators do not write the catalogue").isFalse();
        assertThat(view.proposalsTitle.getText()).isEqualTo("Mis propuestas de cursos");
        int catalogue = test(view.grid).size();

        test(view.proposeCourse).click();
        assertThat(view.form.save.getText()).isEqualTo("Enviar la propuesta");
        test(view.form.title).setValue(title);
        test(view.form.track).selectItem("Participación comunitaria");
        test(view.form.plannedHours).setValue(new BigDecimal("10"));
        test(view.form.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        assertThat(test(view.grid).size()).as("not in the catalogue yet").isEqualTo(catalogue);
        assertThat(test(view.proposals).size()).isEqualTo(1);
        assertThat(test(view.proposals).getCellText(0, 3)).isEqualTo("Pendiente de revisión");
        Component own = test(view.proposals).getCellComponent(0, "actions");
        assertThat($(Button.class, own).all()).extracting(Button::getText).containsExactly("Ver");

        SignedIn.as(fixtures.staff(Role.SECRETARIAT, centre.id()));
        view = reopenCourses();
        int row = proposalRow(view, title);
        assertThat(test(view.proposals).getCellText(row, 2)).isEqualTo(facilitator.displayName());
        test(button(test(view.proposals).getCellComponent(row, "actions"), "Revisar")).click();
        assertThat(view.form.save.getText()).isEqualTo("Aceptar en el catálogo");
        test(view.form.minAge).setValue(12);
        test(view.form.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        assertThat(courses.list(false)).filteredOn(c -> c.title().equals(title)).singleElement()
                .satisfies(c -> assertThat(c.minAge()).isEqualTo(12));
        assertThat(test(view.proposals).getCellText(proposalRow(view, title), 4)).isEqualTo("Aceptada: está en el catálogo");
    }

    @Test
    void the_secretariat_declines_a_proposal_with_a_reason_the_facilitator_reads() {
        String title = Fixtures.unique("Taller duplicado");
        courses.propose(WorkshopDesk.courseData(title));
        SignedIn.as(fixtures.staff(Role.SECRETARIAT, centre.id()));
        CoursesView view = navigate(CoursesView.class);

        test(button(test(view.proposals).getCellComponent(proposalRow(view, title), "actions"), "Rechazar")).click();
        test(view.declineConfirm).click();
        assertThat(view.declineReason.isInvalid()).as("a reason is required").isTrue();
        test(view.declineReason).setValue("Ya lo cubre «Convivencia»");
        test(view.declineConfirm).click();

        assertThat(view.declineDialog.isOpened()).isFalse();
        SignedIn.as(facilitator);
        view = reopenCourses();
        assertThat(test(view.proposals).getCellText(0, 3)).isEqualTo("Rechazada: Ya lo cubre «Convivencia»");
        assertThat(courses.list(true)).extracting(CourseDetails::title).doesNotContain(title);
    }

    /** The catalogue as built for whoever is signed in now (navigating to the open view would keep it). */
    private CoursesView reopenCourses() {
        UI.getCurrent().navigate("");
        return navigate(CoursesView.class);
    }

    private int proposalRow(CoursesView view, String title) {
        for (int row = 0; row < test(view.proposals).size(); row++) {
            if (test(view.proposals).getRow(row).course().title().equals(title)) {
                return row;
            }
        }
        throw new AssertionError("no proposal " + title);
    }

    private CohortDetails cohort(int capacity) {
        return WorkshopDesk.cohort(cohorts, WorkshopDesk.cohortData(course.id(), centre.id(), capacity, facilitator.id()),
                WorkshopDesk.tuesdaysAndThursdays(2));
    }

    private MemberDetails teen(String givenNames, String surnames) {
        return SystemAuthentication.call(() -> members.register(MemberRegistrations.aMember(centre.id())
                .named(givenNames, surnames)
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(40))
                .withWorkshopConsent().build().withIgnoreDuplicates()));
    }

    private CohortView open(CohortDetails cohort) {
        CohortView view = navigate("workshops/" + cohort.id(), CohortView.class);
        roundTrip();
        return view;
    }

    /** Opens a tab; the tab sheet attaches its content once the client has answered. */
    private void select(CohortView view, String tabKey) {
        test(view.tabs).select(view.getTranslation(tabKey));
        roundTrip();
    }

    private List<EnrolmentDetails> rows(CohortView view) {
        GridRows<EnrolmentDetails> grid = new GridRows<>(test(view.roster).size(), i -> test(view.roster).getRow(i));
        return grid.all();
    }

    private Button button(Component container) {
        return $(Button.class, container).single();
    }

    private Button button(Component container, String label) {
        return $(Button.class, container).withCondition(b -> label.equals(b.getElement().getAttribute("aria-label"))
                || label.equals(b.getText())).single();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    /** The rows of a grid as its tester reads them. */
    private record GridRows<T>(int size, java.util.function.IntFunction<T> row) {
        List<T> all() {
            return java.util.stream.IntStream.range(0, size).mapToObj(row).toList();
        }
    }
}
