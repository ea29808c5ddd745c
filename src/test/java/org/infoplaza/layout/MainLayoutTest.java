package org.infoplaza.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.shared.ui.CentresChanged;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The side navigation offers each role exactly what it may open, and the header the user's centres. */
@IntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void administrators_see_every_administration_view() {
        assertThat(navigationFor(Role.ADMIN)).containsExactly("Inicio", "Tablero del día", "Miembros", "Sesiones de hoy", "Talleres", "Cursos", "Estaciones", "Centros", "Indicadores", "Mes del centro", "Reportes mensuales", "Recalcular indicadores", "Publicaciones", "Personal", "Auditoría", "Sistema", "Tokens de API", "Mi cuenta");
    }

    @Test
    void operators_see_their_front_desk_views_only() {
        assertThat(navigationFor(Role.OPERATOR)).containsExactly("Inicio", "Tablero del día", "Miembros", "Sesiones de hoy", "Talleres", "Cursos", "Estaciones", "Mes del centro", "Mi cuenta");
    }

    @Test
    void facilitators_see_home_their_workshops_and_their_account() {
        assertThat(navigationFor(Role.FACILITATOR)).containsExactly("Inicio", "Sesiones de hoy", "Talleres", "Cursos", "Mi cuenta");
    }

    @Test
    void the_secretariat_sees_centres_and_the_course_catalogue_but_no_station_or_staff_administration() {
        assertThat(navigationFor(Role.SECRETARIAT)).containsExactly("Inicio", "Cursos", "Centros", "Indicadores", "Reportes mensuales", "Publicaciones", "Mi cuenta");
    }

    @Test
    void the_centre_selector_offers_only_the_operators_centres() {
        CentreDetails mine = fixtures.centre();
        CentreDetails alsoMine = fixtures.centre();
        fixtures.centre();
        SignedIn.as(Role.OPERATOR, mine.id(), alsoMine.id());
        UI.getCurrent().navigate("");

        MainLayout layout = $(MainLayout.class).single();
        assertThat(test(layout.centreSelector).getSuggestionItems())
                .extracting(option -> option.id())
                .containsExactlyInAnyOrder(mine.id(), alsoMine.id());
    }

    @Test
    void a_centre_an_administrator_adds_appears_in_the_selector_without_a_reload() {
        SignedIn.as(Role.ADMIN);
        UI.getCurrent().navigate("");
        MainLayout layout = $(MainLayout.class).single();

        CentreDetails added = fixtures.centre();
        CentresChanged.fire();
        assertThat(test(layout.centreSelector).getSuggestionItems()).extracting(option -> option.id())
                .contains(added.id());

        CentreDetails addedElsewhere = fixtures.centre();
        UI.getCurrent().navigate("stations");
        assertThat($(MainLayout.class).single()).isSameAs(layout);
        assertThat(test(layout.centreSelector).getSuggestionItems()).extracting(option -> option.id())
                .contains(addedElsewhere.id());
    }

    private List<String> navigationFor(Role role) {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(role, centre.id());
        UI.getCurrent().navigate("");
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
