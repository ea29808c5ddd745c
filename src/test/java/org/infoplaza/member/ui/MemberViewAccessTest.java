package org.infoplaza.member.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.member.MemberRegistrations.aMember;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member's page opens only for the front desk and administrators who may see that member. */
@IntegrationTest
class MemberViewAccessTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberService members;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private MemberDetails memberOf(CentreDetails centre) {
        return SystemAuthentication.call(() -> members.register(aMember(centre.id()).minor().withConsent().build()));
    }

    private String landingFor(MemberDetails member) {
        UI.getCurrent().navigate("members/" + member.id());
        return getCurrentView().getClass().getSimpleName();
    }

    @Test
    void an_operator_of_another_centre_gets_not_found_as_for_a_number_that_does_not_exist() {
        CentreDetails centre = fixtures.centre();
        MemberDetails member = memberOf(centre);
        SignedIn.as(fixtures.staff(Role.OPERATOR, fixtures.centre().id()));

        String otherCentre = landingFor(member);
        UI.getCurrent().navigate("members/999999999");
        String unknown = getCurrentView().getClass().getSimpleName();

        assertThat(otherCentre).isNotEqualTo("MemberView").isEqualTo(unknown);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain(member.memberNumber());
    }

    @Test
    void operators_of_the_centre_and_administrators_open_it_others_are_refused() {
        CentreDetails centre = fixtures.centre();
        MemberDetails member = memberOf(centre);

        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        assertThat(landingFor(member)).isEqualTo("MemberView");
        SignedIn.as(fixtures.staff(Role.ADMIN, centre.id()));
        assertThat(landingFor(member)).isEqualTo("MemberView");
        SignedIn.as(fixtures.staff(Role.FACILITATOR, centre.id()));
        assertThat(landingFor(member)).isEqualTo("AccessDeniedView");
        SignedIn.as(fixtures.staff(Role.SECRETARIAT, centre.id()));
        assertThat(landingFor(member)).isEqualTo("AccessDeniedView");
        SignedIn.nobody();
        assertThat(landingFor(member)).isEqualTo("LoginView");
    }
}
