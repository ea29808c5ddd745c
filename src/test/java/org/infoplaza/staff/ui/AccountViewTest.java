package org.infoplaza.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.staff.DisplayPreferences;
import org.infoplaza.staff.StaffData;
import org.infoplaza.staff.StaffDetails;
import org.infoplaza.staff.StaffService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

@IntegrationTest
class AccountViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "contraseña-actual";
    private static final String NEW_PASSWORD = "contraseña-nueva-2025";

    @Autowired
    StaffService staff;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuthenticationConfiguration authentication;

    StaffDetails olga;
    AccountView view;

    @BeforeEach
    void openAsOperator() {
        CentreDetails centre = fixtures.centre();
        StaffData data = new StaffData(Fixtures.unique("op"), "Olga Operadora", null, "es", Role.OPERATOR,
                Set.of(centre.id()), true, 0);
        olga = SystemAuthentication.call(() -> staff.create(data, PASSWORD));
        SignedIn.as(new StaffPrincipal(olga.id(), olga.username(), olga.displayName(), olga.role(), olga.centreIds(),
                olga.preferredLanguage(), null, true, false));
        view = navigate(AccountView.class);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void shows_who_is_signed_in() {
        assertThat($(H2.class).from(view).first().getText()).isEqualTo("Olga Operadora");
        assertThat(view.identity.getText()).contains(olga.username()).contains(view.getTranslation("role.OPERATOR"));
    }

    @Test
    void a_wrong_current_password_is_shown_on_its_field_and_changes_nothing() {
        changePassword("no-es-la-mía", NEW_PASSWORD, NEW_PASSWORD);

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage())
                .isEqualTo(view.getTranslation("staff.password.current-wrong"));
        assertThat(signsIn(PASSWORD)).isTrue();
    }

    @Test
    void a_mismatched_repeat_is_refused_before_asking_the_service() {
        changePassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");

        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(signsIn(PASSWORD)).isTrue();
    }

    @Test
    void the_right_current_password_changes_it() {
        changePassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(signsIn(NEW_PASSWORD)).isTrue();
        assertThat(signsIn(PASSWORD)).isFalse();
    }

    @Test
    void the_preferred_language_is_saved() {
        test(view.language).selectItem("English");

        assertThat(SystemAuthentication.call(() -> staff.get(olga.id())).preferredLanguage()).isEqualTo("en");
    }

    @Test
    void large_text_and_high_contrast_are_kept_for_the_person_and_shown_at_once() {
        assertThat(UI.getCurrent().getElement().getClassList()).doesNotContain("large-text", "high-contrast");

        test(view.largeText).click();
        test(view.highContrast).click();

        assertThat(staff.ownDisplay()).isEqualTo(new DisplayPreferences(true, true));
        assertThat(UI.getCurrent().getElement().getClassList()).contains("large-text", "high-contrast");

        test(view.highContrast).click();
        assertThat(staff.ownDisplay()).isEqualTo(new DisplayPreferences(true, false));
        assertThat(UI.getCurrent().getElement().getClassList()).contains("large-text").doesNotContain("high-contrast");
        assertThat(navigate(AccountView.class).largeText.getValue()).as("kept for the next visit").isTrue();
    }

    private void changePassword(String current, String next, String repeat) {
        test(view.currentPassword).setValue(current);
        test(view.newPassword).setValue(next);
        test(view.repeatPassword).setValue(repeat);
        test(view.changePassword).click();
    }

    private boolean signsIn(String password) {
        try {
            authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(olga.username(), password));
            return true;
        } catch (BadCredentialsException wrong) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
