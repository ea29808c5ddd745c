package org.infoplaza.centre.ui;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.infoplaza.centre.CentreData;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreFilter;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureDetails;
import org.infoplaza.centre.ClosureKind;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
class CentresViewTest extends SpringBrowserlessTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    CentreService centres;

    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_empty_name_is_shown_next_to_the_field_and_nothing_is_saved() {
        SignedIn.as(Role.ADMIN);
        CentresView view = openCentresView();
        String code = Fixtures.unique("UI");

        click(view.addCentre);
        fillRequiredFieldsExceptName(view.form, code);
        test(view.form.save).click();

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo(view.getTranslation("centre.name.required"));
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(centres.page(new CentreFilter(code, true), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void a_new_centre_with_split_shifts_appears_in_the_list() {
        SignedIn.as(Role.ADMIN);
        CentresView view = openCentresView();
        String code = Fixtures.unique("UI");

        click(view.addCentre);
        fillRequiredFieldsExceptName(view.form, code);
        test(view.form.name).setValue("Infoplaza Prueba Sabatina");
        // Saturday gets a morning and, after a lunch break, an afternoon period.
        test(view.form.hours.day(SATURDAY).add).click();
        test(view.form.hours.day(SATURDAY).add).click();
        assertThat(view.form.openedOn.getValue()).as("a new centre opens today unless told otherwise")
                .isEqualTo(java.time.LocalDate.now(clock));
        test(view.form.openedOn).setValue(java.time.LocalDate.of(2025, 2, 3));
        test(view.form.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        test(view.filter).setValue(code.toLowerCase());
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).code()).isEqualTo(code);
        assertThat(grid.getRow(0).name()).isEqualTo("Infoplaza Prueba Sabatina");
        CentreDetails saved = centres.get(grid.getRow(0).id());
        assertThat(saved.hoursOn(SATURDAY)).containsExactly(
                period(SATURDAY, "08:00", "12:00"), period(SATURDAY, "13:00", "17:00"));
        assertThat(saved.hoursOn(MONDAY)).containsExactly(
                period(MONDAY, "08:00", "12:00"), period(MONDAY, "13:00", "17:00"));
        assertThat(saved.hoursOn(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(saved.openedOn()).isEqualTo(java.time.LocalDate.of(2025, 2, 3));
    }

    @Test
    void overlapping_hours_are_marked_on_the_time_and_nothing_is_saved() {
        SignedIn.as(Role.ADMIN);
        CentresView view = openCentresView();
        String code = Fixtures.unique("UI");

        click(view.addCentre);
        fillRequiredFieldsExceptName(view.form, code);
        test(view.form.name).setValue("Infoplaza Horario Cruzado");
        OpeningHoursEditor.PeriodRow afternoon = view.form.hours.day(MONDAY).rows().get(1);
        test(afternoon.opensAt).setValue(LocalTime.of(11, 0));
        test(view.form.save).click();

        assertThat(afternoon.opensAt.isInvalid()).isTrue();
        assertThat(afternoon.opensAt.getErrorMessage()).isEqualTo(view.getTranslation("centre.hours.overlap"));
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(centres.page(new CentreFilter(code, true), PageRequest.of(0, 10))).isEmpty();

        test(afternoon.opensAt).setValue(LocalTime.of(12, 30));
        assertThat(afternoon.opensAt.isInvalid()).as("fixing the time clears the mark").isFalse();
    }

    @Test
    void a_code_already_in_use_is_shown_on_the_code_field() {
        CentreDetails existing = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        CentresView view = openCentresView();

        click(view.addCentre);
        fillRequiredFieldsExceptName(view.form, existing.code());
        test(view.form.name).setValue("Infoplaza Repetida");
        test(view.form.save).click();

        assertThat(view.form.code.isInvalid()).isTrue();
        assertThat(view.form.code.getErrorMessage())
                .isEqualTo(view.getTranslation("centre.code.taken", existing.code()));
        assertThat(view.editor.isOpened()).isTrue();
    }

    @Test
    void an_edit_saved_meanwhile_by_someone_else_is_reported_and_kept() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        CentresView view = openCentresView();
        test(view.filter).setValue(centre.code());

        click(button(test(view.grid).getCellComponent(0, "actions"), view.getTranslation("centre.edit", centre.name())));
        assertThat(view.form.code.isReadOnly()).isTrue();
        centres.update(centre.id(), renamed(centre, "Cambio de otra persona"));
        test(view.form.name).setValue("Mi cambio");
        test(view.form.save).click();

        assertThat(lastNotification()).isEqualTo(view.getTranslation("error.concurrent-edit"));
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(centres.get(centre.id()).name()).isEqualTo("Cambio de otra persona");
    }

    @Test
    void deactivating_a_centre_asks_first() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        CentresView view = openCentresView();
        test(view.filter).setValue(centre.code());

        test(button(test(view.grid).getCellComponent(0, "actions"), view.getTranslation("centre.deactivate"))).click();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(centres.get(centre.id()).active()).as("nothing happens before the answer").isTrue();
        test(question).confirm();

        assertThat(centres.get(centre.id()).active()).isFalse();
        assertThat(test(view.grid).size()).as("inactive centres are hidden unless asked for").isZero();
        test(view.includeInactive).click();
        assertThat(test(view.grid).getRow(0).active()).isFalse();
    }

    @Test
    void closures_are_added_and_removed_after_confirmation() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        CentresView view = openCentresView();
        test(view.filter).setValue(centre.code());
        LocalDate day = LocalDate.now(PanamaTime.ZONE).plusDays(10);

        click(button(test(view.grid).getCellComponent(0, "actions"), view.getTranslation("closure.title", centre.name())));
        ClosuresDialog dialog = $(ClosuresDialog.class).single();
        test(dialog.firstDay).setValue(day);
        assertThat(dialog.lastDay.getValue()).as("a one-day closure by default").isEqualTo(day);
        test(dialog.kind).selectItem(view.getTranslation("closure.kind.ONE_OFF"));
        test(dialog.reason).setValue("Fumigación");
        test(dialog.add).click();

        List<ClosureDetails> closures = centres.upcomingClosures(centre.id());
        assertThat(closures).extracting(ClosureDetails::firstDay, ClosureDetails::lastDay, ClosureDetails::kind,
                ClosureDetails::reason).containsExactly(tuple(day, day, ClosureKind.ONE_OFF, "Fumigación"));
        assertThat(test(dialog.grid).size()).isEqualTo(1);

        test(button(test(dialog.grid).getCellComponent(0, "actions"), null)).click();
        assertThat(centres.upcomingClosures(centre.id())).as("nothing happens before the answer").hasSize(1);
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(centres.upcomingClosures(centre.id())).isEmpty();
        assertThat(test(dialog.grid).size()).isZero();
    }

    @Test
    void a_closure_without_a_reason_is_not_added() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        CentresView view = openCentresView();
        test(view.filter).setValue(centre.code());
        LocalDate day = LocalDate.now(PanamaTime.ZONE).plusDays(10);

        click(button(test(view.grid).getCellComponent(0, "actions"), view.getTranslation("closure.title", centre.name())));
        ClosuresDialog dialog = $(ClosuresDialog.class).single();
        test(dialog.lastDay).setValue(day.minusDays(3));
        test(dialog.firstDay).setValue(day);
        assertThat(dialog.lastDay.getValue()).as("the last day never stays before the first").isEqualTo(day);
        test(dialog.reason).setValue("   ");
        test(dialog.add).click();

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo(view.getTranslation("closure.reason.required"));
        assertThat(centres.upcomingClosures(centre.id())).isEmpty();
    }

    @Test
    void the_secretariat_reads_centres_without_changing_them() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(Role.SECRETARIAT);
        CentresView view = openCentresView();
        test(view.filter).setValue(centre.code());

        assertThat(view.addCentre.isVisible()).isFalse();
        Component actions = test(view.grid).getCellComponent(0, "actions");
        assertThat($(Button.class, actions).withText(view.getTranslation("centre.deactivate")).exists()).isFalse();
        assertThat($(Button.class, actions).withAriaLabel(view.getTranslation("centre.edit", centre.name())).exists())
                .isFalse();

        click(button(actions, view.getTranslation("centre.view", centre.name())));
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(view.form.name.getValue()).isEqualTo(centre.name());
        assertThat(view.form.name.isReadOnly()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.hours.day(MONDAY).add.isVisible()).isFalse();

        click(view.form.cancel);
        click(button(actions, view.getTranslation("closure.title", centre.name())));
        ClosuresDialog closures = $(ClosuresDialog.class).single();
        assertThat(closures.add.isAttached()).as("the secretariat cannot add closures").isFalse();
        assertThat(closures.grid.getColumnByKey("actions")).as("nor remove them").isNull();
    }

    private CentresView openCentresView() {
        return navigate(CentresView.class);
    }

    /** Clicks, then lets the client answer, as a browser would, so that a dialog the click opened is attached. */
    private void click(Button button) {
        test(button).click();
        roundTrip();
    }

    private void fillRequiredFieldsExceptName(CentreForm form, String code) {
        test(form.code).setValue(code);
        test(form.municipality).selectItem(centres.municipalities().getFirst().label());
        test(form.hostKind).selectItem(form.getTranslation("centre.host-kind.JUNTA_COMUNAL"));
    }

    /** The button in {@code container} with this accessible name; {@code null} when it is the only one. */
    private Button button(Component container, String ariaLabel) {
        var query = $(Button.class, container);
        return ariaLabel == null ? query.single()
                : query.withCondition(b -> ariaLabel.equals(b.getElement().getAttribute("aria-label"))
                        || ariaLabel.equals(b.getText())).single();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    private static OpeningPeriod period(DayOfWeek day, String opensAt, String closesAt) {
        return new OpeningPeriod(day, LocalTime.parse(opensAt), LocalTime.parse(closesAt));
    }

    private static CentreData renamed(CentreDetails centre, String name) {
        CentreData data = centre.toData();
        return new CentreData(data.code(), name, data.municipalityId(), data.corregimiento(),
                data.address(), data.phone(), data.email(), data.hostOrganisation(), data.hostKind(), data.rules(),
                data.openingHours(), data.openedOn(), data.version());
    }
}
