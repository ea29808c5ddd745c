package org.infoplaza.member.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.member.MemberRegistrations.aMember;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MembersViewFiltersTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberService members;

    CentreDetails centre;

    @BeforeEach
    void setUp() {
        centre = fixtures.centre();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static LocalDate today() {
        return LocalDate.now(PanamaTime.ZONE);
    }

    private MemberDetails register(org.infoplaza.member.MemberRegistrations registration) {
        return SystemAuthentication.call(() -> members.register(registration.build()));
    }

    @Test
    void age_band_and_consent_filters_narrow_the_grid_and_combine_with_the_search_text() {
        MemberDetails consented = register(aMember(centre.id()).named("Niña", "Con Permiso")
                .bornOn(today().minusYears(13)).withConsent());
        MemberDetails expired = register(aMember(centre.id()).named("Niño", "Sin Permiso")
                .bornOn(today().minusYears(13).minusDays(10)).withConsentGrantedOn(today().minusYears(1)));
        register(aMember(centre.id()).named("Adulta", "Permiso Viejo"));
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        MembersView view = navigate(MembersView.class);
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(view.matches.getText()).isEqualTo("3 miembros");
        assertThat(test(view.centre).getSuggestions()).as("an operator chooses only among their own centres")
                .containsExactly(centre.name() + " (" + centre.code() + ")");

        test(view.ageBand).selectItem("12 a 14 años");
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.consent).selectItem("Menores sin consentimiento vigente");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(expired.memberNumber());
        assertThat(test(view.grid).getCellComponent(0, "status").getElement().getText())
                .isEqualTo("Sin consentimiento para estaciones ni talleres");
        assertThat(view.matches.getText()).isEqualTo("1 miembro");

        test(view.search).setValue("con perm");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Ningún miembro coincide con la búsqueda");

        test(view.consent).selectItem("Menores con consentimiento vigente");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(consented.memberNumber());

        test(view.ageBand).selectItem("18 a 24 años");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void an_administrator_filters_by_any_centre() {
        CentreDetails other = fixtures.centre();
        MemberDetails here = register(aMember(centre.id()).named("Ana", "Aquí Mismo"));
        MemberDetails there = register(aMember(other.id()).named("Ana", "Allá Lejos"));
        SignedIn.as(fixtures.staff(Role.ADMIN, centre.id()));
        MembersView view = navigate(MembersView.class);

        test(view.centre).selectItem(other.name() + " (" + other.code() + ")");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(there.memberNumber());

        test(view.centre).selectItem(centre.name() + " (" + centre.code() + ")");
        test(view.search).setValue("ana aqu");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(here.memberNumber());
    }
}
