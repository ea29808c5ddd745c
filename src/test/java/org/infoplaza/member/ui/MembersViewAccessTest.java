package org.infoplaza.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Who lands where on /members: the front desk and administrators only; nobody signed in goes to login. */
@IntegrationTest
class MembersViewAccessTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @ParameterizedTest(name = "/members as {0} shows {1}")
    @CsvSource({"ADMIN, MembersView", "OPERATOR, MembersView", "FACILITATOR, AccessDeniedView",
            "SECRETARIAT, AccessDeniedView", "NOBODY, LoginView"})
    void only_staff_who_serve_members_open_the_members_view(String role, String expectedView) {
        if (!role.equals("NOBODY")) {
            CentreDetails centre = fixtures.centre();
            SignedIn.as(fixtures.staff(Role.valueOf(role), centre.id()));
        }
        UI.getCurrent().navigate("members");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo(expectedView);
    }
}
