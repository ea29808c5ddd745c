package org.infoplaza.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.member.MemberRegistrations.aMember;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.ParentLayout;
import java.util.Locale;
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

/**
 * Error pages are the application's own, inside its frame, in the user's language and with a way home;
 * never Vaadin's development page that lists every route. The tests run in development mode.
 */
@IntegrationTest
class ErrorPagesTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberService members;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static void assertNoRoutesOrTraces(ErrorPage page) {
        assertThat(page.getElement().getTextRecursively())
                .doesNotContain("Could not navigate", "Available routes", "members/:", "Exception", "at org.");
    }

    @Test
    void a_member_of_another_centre_opened_by_address_gets_the_own_not_found_page_inside_the_layout() {
        CentreDetails other = fixtures.centre();
        MemberDetails member = SystemAuthentication.call(() -> members.register(aMember(other.id()).build()));
        SignedIn.as(fixtures.staff(Role.OPERATOR, fixtures.centre().id()));

        UI.getCurrent().navigate("members/" + member.id());

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        NotFoundView page = (NotFoundView) getCurrentView();
        assertThat($(MainLayout.class).single().getContent()).isSameAs(page);
        assertThat(page.title.getText()).isEqualTo("Página no encontrada");
        assertThat($(MainLayout.class).single().viewTitle.getText()).isEqualTo("Página no encontrada");
        assertThat(page.getElement().getTextRecursively()).doesNotContain(member.memberNumber(), member.givenNames());
        assertNoRoutesOrTraces(page);

        test(page.home).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("HomeView");
    }

    @Test
    void an_unknown_address_gets_the_not_found_page_in_the_users_language() {
        SignedIn.as(fixtures.staff(Role.OPERATOR, fixtures.centre().id()));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate("no-such-page/at-all");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        NotFoundView page = (NotFoundView) getCurrentView();
        assertThat(page.title.getText()).isEqualTo("Page not found");
        assertThat(page.home.getText()).isEqualTo("Back to home");
        assertNoRoutesOrTraces(page);
    }

    @Test
    void a_page_the_role_may_not_open_gets_the_own_access_page_inside_the_layout_with_a_way_home() {
        SignedIn.as(fixtures.staff(Role.FACILITATOR, fixtures.centre().id()));

        UI.getCurrent().navigate("members");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        AccessDeniedView page = (AccessDeniedView) getCurrentView();
        assertThat($(MainLayout.class).single().getContent()).isSameAs(page);
        assertThat(page.title.getText()).isEqualTo("Acceso no permitido");
        assertNoRoutesOrTraces(page);
        test(page.home).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("HomeView");
    }

    @Test
    void nobody_signed_in_never_sees_the_route_list() {
        SignedIn.nobody();

        UI.getCurrent().navigate("no-such-page");

        assertThat(getCurrentView().getElement().getTextRecursively())
                .doesNotContain("Could not navigate", "Available routes", "members/:");
    }

    @Test
    void every_error_page_sits_in_the_main_layout() {
        for (Class<?> page : new Class<?>[] {NotFoundView.class, AccessDeniedView.class, ServerErrorView.class}) {
            assertThat(page.getAnnotation(ParentLayout.class).value()).as(page.getSimpleName()).isEqualTo(MainLayout.class);
        }
    }
}
