package org.infoplaza.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CorregimientoOption;
import org.infoplaza.centre.DistrictOption;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.security.Role;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ResidenceFieldTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    GeographyService geography;

    CentreDetails centre;
    ResidenceField residence;

    @BeforeEach
    void setUp() {
        centre = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        MembersView view = navigate(MembersView.class);
        test(view.register).click();
        residence = view.form.residence;
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void starts_at_the_home_centres_district_offering_its_current_corregimientos() {
        DistrictOption home = geography.districtOfCentre(centre.id()).orElseThrow();

        assertThat(residence.province.getValue().id()).isEqualTo(home.provinceId());
        assertThat(residence.district.getValue()).isEqualTo(home);
        assertThat(residence.corregimiento.isEnabled()).isTrue();
        assertThat(residence.corregimiento.getValue()).isNull();
        assertThat(test(residence.corregimiento).getSuggestionItems())
                .containsExactlyElementsOf(geography.currentCorregimientos(home.id()));
        assertThat(residence.getValue()).isEqualTo(new ResidenceField.Residence(home.id(), null));
    }

    @Test
    void province_then_district_then_corregimiento_with_typing_to_filter() {
        test(residence.province).selectItem("Panamá");
        test(residence.district).setFilter("miguel");
        assertThat(test(residence.district).getSuggestions()).containsExactly("San Miguelito");
        test(residence.district).selectItem("San Miguelito");
        assertThat(residence.corregimiento.getValue()).as("a new district clears the corregimiento").isNull();
        test(residence.corregimiento).setFilter("belisario");
        assertThat(test(residence.corregimiento).getSuggestions()).containsExactly("Belisario Frías", "Belisario Porras");
        test(residence.corregimiento).selectItem("Belisario Frías");

        DistrictOption sanMiguelito = residence.district.getValue();
        CorregimientoOption belisario = residence.corregimiento.getValue();
        assertThat(sanMiguelito.name()).isEqualTo("San Miguelito");
        assertThat(residence.getValue()).isEqualTo(new ResidenceField.Residence(sanMiguelito.id(), belisario.id()));

        test(residence.province).selectItem("Colón");
        assertThat(residence.district.getValue()).isNull();
        assertThat(test(residence.corregimiento).getSuggestionItems()).isEmpty();
        assertThat(residence.getValue()).isEqualTo(ResidenceField.Residence.NONE);
    }

    @Test
    void a_stored_residence_is_shown_again_with_its_province() {
        long provinceId = geography.provinces().stream().filter(p -> p.name().equals("Colón")).findFirst()
                .orElseThrow().id();
        DistrictOption colon = geography.districts(provinceId).stream().filter(d -> d.name().equals("Colón"))
                .findFirst().orElseThrow();
        CorregimientoOption cristobal = geography.currentCorregimientos(colon.id()).stream()
                .filter(c -> c.name().equals("Cristóbal")).findFirst().orElseThrow();

        residence.setValue(new ResidenceField.Residence(colon.id(), cristobal.id()));

        assertThat(residence.province.getValue().name()).isEqualTo("Colón");
        assertThat(residence.district.getValue()).isEqualTo(colon);
        assertThat(residence.corregimiento.getValue()).isEqualTo(cristobal);
    }
}
