package org.infoplaza.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.staff.StaffData;
import org.infoplaza.staff.StaffDetails;
import org.infoplaza.staff.StaffFilter;
import org.infoplaza.staff.StaffService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

@IntegrationTest
class StaffViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "contraseña-segura";

    @Autowired
    StaffService staff;

    @Autowired
    Fixtures fixtures;

    CentreDetails centre;
    StaffView view;

    @BeforeEach
    void openAsAdministrator() {
        centre = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        view = navigate(StaffView.class);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_operator_without_centres_shows_a_field_error_and_saves_nothing() {
        String username = Fixtures.unique("op");

        fillNewAccount(username, Role.OPERATOR);
        test(view.form.save).click();

        assertThat(view.form.centres.isInvalid()).isTrue();
        assertThat(view.form.centres.getErrorMessage()).isEqualTo(view.getTranslation("staff.centres.required"));
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(accountsNamed(username)).isEmpty();
    }

    @Test
    void a_valid_new_operator_appears_in_the_grid() {
        String username = Fixtures.unique("op");

        fillNewAccount(username, Role.OPERATOR);
        test(view.form.centres).selectItem(centre.name() + " (" + centre.code() + ")");
        test(view.form.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        test(view.textFilter).setValue(username);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, grid.getColumnPosition("username"))).isEqualTo(username);
        assertThat(grid.getCellText(0, grid.getColumnPosition("role"))).isEqualTo(view.getTranslation("role.OPERATOR"));
        assertThat(grid.getCellText(0, grid.getColumnPosition("centres"))).isEqualTo(centre.name());
        assertThat(grid.getCellText(0, grid.getColumnPosition("lastLogin")))
                .isEqualTo(view.getTranslation("staff.last-login.never"));
        assertThat(accountsNamed(username)).singleElement()
                .satisfies(account -> assertThat(account.centreIds()).containsExactly(centre.id()));
    }

    @Test
    void the_centres_field_is_hidden_and_cleared_for_the_secretariat() {
        openNewAccount();
        test(view.form.role).selectItem(view.getTranslation("role.OPERATOR"));
        assertThat(view.form.centres.isVisible()).isTrue();
        test(view.form.centres).selectItem(centre.name() + " (" + centre.code() + ")");

        test(view.form.role).selectItem(view.getTranslation("role.SECRETARIAT"));

        assertThat(view.form.centres.isVisible()).isFalse();
        assertThat(view.form.centres.getValue()).isEmpty();
    }

    @Test
    void a_taken_username_is_shown_on_the_username_field() {
        StaffDetails existing = existingOperator();

        fillNewAccount(existing.username(), Role.OPERATOR);
        test(view.form.centres).selectItem(centre.name() + " (" + centre.code() + ")");
        test(view.form.save).click();

        assertThat(view.form.username.isInvalid()).isTrue();
        assertThat(view.form.username.getErrorMessage())
                .isEqualTo(view.getTranslation("staff.username.taken", existing.username()));
        assertThat(view.editor.isOpened()).isTrue();
    }

    @Test
    void deactivating_an_account_is_confirmed_before_it_is_saved() {
        StaffDetails olga = existingOperator();
        test(view.textFilter).setValue(olga.username());
        test(actionButton(0)).click();
        roundTrip();

        test(view.form.active).click();
        test(view.form.save).click();

        assertThat(accountsNamed(olga.username()).getFirst().active()).as("not saved before confirming").isTrue();
        roundTrip();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        test(question).confirm();

        assertThat(accountsNamed(olga.username()).getFirst().active()).isFalse();
        assertThat(view.editor.isOpened()).isFalse();
    }

    @Test
    void new_passwords_are_typed_twice_and_checked_for_length() {
        openNewAccount();
        test(view.form.password).setValue("corta");
        test(view.form.passwordRepeat).setValue("otra");
        test(view.form.save).click();

        assertThat(view.form.password.isInvalid()).isTrue();
        assertThat(view.form.passwordRepeat.isInvalid()).isTrue();
    }

    @Test
    void a_password_an_administrator_sets_must_be_changed_at_sign_in_unless_unticked() {
        StaffDetails olga = existingOperator();
        test(view.textFilter).setValue(olga.username());

        SetPasswordDialog dialog = openSetPassword();
        assertThat(dialog.mustChange.getValue()).as("ticked by default").isTrue();
        test(dialog.password).setValue("una-clave-temporal-1");
        test(dialog.repeat).setValue("una-clave-temporal-1");
        test(dialog.confirm).click();
        assertThat(accountsNamed(olga.username()).getFirst().mustChangePassword()).isTrue();

        dialog = openSetPassword();
        test(dialog.password).setValue("otra-clave-temporal-2");
        test(dialog.repeat).setValue("otra-clave-temporal-2");
        test(dialog.mustChange).click();
        test(dialog.confirm).click();
        assertThat(accountsNamed(olga.username()).getFirst().mustChangePassword()).isFalse();
    }

    private SetPasswordDialog openSetPassword() {
        HorizontalLayout actions = (HorizontalLayout) test(view.grid).getCellComponent(0, "actions");
        test((Button) actions.getComponentAt(1)).click();
        roundTrip();
        return $(SetPasswordDialog.class).last();
    }

    /** A dialog joins the page at the end of the round trip that opened it, as in a browser. */
    private void openNewAccount() {
        test(view.addAccount).click();
        roundTrip();
    }

    private void fillNewAccount(String username, Role role) {
        openNewAccount();
        test(view.form.username).setValue(username);
        test(view.form.displayName).setValue("Olga Operadora");
        test(view.form.role).selectItem(view.getTranslation("role." + role.name()));
        test(view.form.password).setValue(PASSWORD);
        test(view.form.passwordRepeat).setValue(PASSWORD);
    }

    private StaffDetails existingOperator() {
        StaffData data = new StaffData(Fixtures.unique("op"), "Olga Operadora", null, "es", Role.OPERATOR,
                Set.of(centre.id()), true, 0);
        return SystemAuthentication.call(() -> staff.create(data, PASSWORD));
    }

    /** The first button (edit) in a row's actions column. */
    private Button actionButton(int row) {
        HorizontalLayout actions = (HorizontalLayout) test(view.grid).getCellComponent(row, "actions");
        return (Button) actions.getComponentAt(0);
    }

    private List<StaffDetails> accountsNamed(String username) {
        return SystemAuthentication.call(() -> staff.page(new StaffFilter(username, null), Pageable.ofSize(10)))
                .getContent();
    }
}
