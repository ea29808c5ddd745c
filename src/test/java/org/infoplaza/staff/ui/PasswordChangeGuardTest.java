package org.infoplaza.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.staff.StaffDetails;
import org.infoplaza.staff.StaffService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An account whose password an administrator set to be changed (as the generated first administrator's is)
 * reaches no page but "My account" until it has chosen its own.
 */
@IntegrationTest
class PasswordChangeGuardTest extends SpringBrowserlessTest {

    private static final String GIVEN = "una-clave-temporal-77";
    private static final String OWN = "mi frase de paso propia";

    @Autowired
    StaffService staff;

    @Autowired
    Fixtures fixtures;

    StaffPrincipal admin;

    @BeforeEach
    void setUp() {
        CentreDetails centre = fixtures.centre();
        admin = fixtures.staff(Role.ADMIN, centre.id());
        SystemAuthentication.run(() -> {
            StaffDetails account = staff.get(admin.id());
            staff.setPassword(account.id(), account.version(), GIVEN, true);
        });
        SignedIn.as(admin);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** Every route of the application, with a sample value for each parameter. */
    private static List<String> everyPageButAccountAndLogin() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .filter(route -> !route.equals("account") && !route.equals("login"))
                .map(route -> route.replace(":phase(PRE|POST)", "PRE").replaceAll(":[A-Za-z]+\\?", "")
                        .replaceAll(":[A-Za-z]+(\\([^)]*\\))?", "1"))
                .toList();
    }

    private String currentView() {
        return getCurrentView().getClass().getSimpleName();
    }

    @Test
    void every_page_leads_to_my_account_until_the_password_is_changed_then_every_page_opens() {
        List<String> pages = everyPageButAccountAndLogin();
        assertThat(pages).contains("", "members", "staff", "indicators", "workshops/1");

        for (String page : pages) {
            UI.getCurrent().navigate(page);
            assertThat(currentView()).as("/%s", page).isEqualTo("AccountView");
        }
        AccountView account = (AccountView) getCurrentView();
        assertThat(account.mustChange.isVisible()).isTrue();
        assertThat(account.mustChange.getText()).startsWith("Su contraseña la eligió otra persona");

        test(account.currentPassword).setValue(GIVEN);
        test(account.newPassword).setValue("corta");
        test(account.repeatPassword).setValue("corta");
        test(account.changePassword).click();
        UI.getCurrent().navigate("staff");
        assertThat(currentView()).as("a password outside the policy changes nothing").isEqualTo("AccountView");

        account = (AccountView) getCurrentView();
        test(account.currentPassword).setValue(GIVEN);
        test(account.newPassword).setValue(OWN);
        test(account.repeatPassword).setValue(OWN);
        test(account.changePassword).click();

        assertThat(currentView()).as("on to the start page").isEqualTo("HomeView");
        UI.getCurrent().navigate("staff");
        assertThat(currentView()).isEqualTo("StaffView");
        assertThat(SystemAuthentication.call(() -> staff.get(admin.id())).mustChangePassword()).isFalse();
    }

    @Test
    void an_account_without_the_flag_is_never_stopped() {
        SignedIn.as(fixtures.staff(Role.ADMIN, fixtures.centre().id()));

        UI.getCurrent().navigate("staff");

        assertThat(currentView()).isEqualTo("StaffView");
    }
}
