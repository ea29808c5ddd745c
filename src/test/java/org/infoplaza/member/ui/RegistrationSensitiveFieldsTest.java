package org.infoplaza.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.ConsentParty;
import org.infoplaza.member.ConsentPurpose;
import org.infoplaza.member.Disability;
import org.infoplaza.member.Ethnicity;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registering with a residence and the sensitive questions, through the form. */
@IntegrationTest
class RegistrationSensitiveFieldsTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberService members;

    CentreDetails centre;
    MembersView view;

    @BeforeEach
    void setUp() {
        centre = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        view = navigate(MembersView.class);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private RegistrationForm openForm(String given, LocalDate born) {
        test(view.register).click();
        RegistrationForm form = view.form;
        test(form.givenNames).setValue(given);
        test(form.surnames).setValue("Sensible " + Fixtures.unique("s").replaceAll("[0-9-]", ""));
        test(form.dateOfBirth).setValue(born);
        test(form.sex).selectItem("Femenino");
        return form;
    }

    private MemberDetails registered() {
        MemberSummary row = test(view.grid).getRow(0);
        return members.get(row.id());
    }

    @Test
    void the_sensitive_answers_are_locked_until_consent_and_unticking_clears_them() {
        RegistrationForm form = openForm("Gabriela", LocalDate.now(PanamaTime.ZONE).minusYears(40));
        SensitiveFields sensitive = form.sensitive;
        assertThat(sensitive.ethnicity.isEnabled()).isFalse();
        assertThat(sensitive.disability.isEnabled()).isFalse();
        assertThat(sensitive.consent.getLabel()).isEqualTo("La persona consiente que se registren sus datos sensibles");

        test(sensitive.consent).click();
        test(sensitive.ethnicity).selectItem("Ninguno");
        assertThat(sensitive.afroDescendant.isEnabled()).as("'none' excludes other answers").isFalse();
        test(sensitive.ethnicity).selectItem("Guna");
        test(sensitive.afroDescendant).click();
        test(sensitive.disability).selectItem("No");
        test(sensitive.consent).click();

        assertThat(sensitive.ethnicity.getValue()).isNull();
        assertThat(sensitive.afroDescendant.getValue()).isFalse();
        assertThat(sensitive.disability.getValue()).isNull();
    }

    @Test
    void an_adult_with_consent_is_stored_with_residence_ethnicity_and_disability() {
        RegistrationForm form = openForm("Yolanda", LocalDate.now(PanamaTime.ZONE).minusYears(33));
        test(form.residence.province).selectItem("Panamá");
        test(form.residence.district).selectItem("San Miguelito");
        test(form.residence.corregimiento).selectItem("Belisario Frías");
        test(form.sensitive.consent).click();
        test(form.sensitive.ethnicity).selectItem("Ngäbe");
        test(form.sensitive.afroDescendant).click();
        test(form.sensitive.disability).selectItem("Prefiere no decir");
        test(form.consentChannel).selectItem("En persona");
        long belisarioFrias = form.residence.corregimiento.getValue().id();
        test(form.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        MemberDetails saved = registered();
        assertThat(saved.givenNames()).isEqualTo("Yolanda");
        assertThat(saved.corregimientoId()).isEqualTo(belisarioFrias);
        assertThat(saved.municipalityId()).isEqualTo(form.residence.district.getValue().id());
        assertThat(saved.ethnicity()).containsExactlyInAnyOrder(Ethnicity.NGABE, Ethnicity.AFRO_DESCENDANT);
        assertThat(saved.disability()).isEqualTo(Disability.PREFERS_NOT_TO_SAY);
        assertThat(saved.consents()).filteredOn(c -> c.purpose() == ConsentPurpose.SENSITIVE_DATA)
                .singleElement().satisfies(c -> assertThat(c.givenBy()).isEqualTo(ConsentParty.MEMBER));
    }

    @Test
    void a_minors_sensitive_answers_are_stored_under_the_guardians_consent() {
        RegistrationForm form = openForm("Nayeli", LocalDate.now(PanamaTime.ZONE).minusYears(12));
        assertThat(form.sensitive.consent.getLabel())
                .isEqualTo("El acudiente consiente que se registren datos sensibles del menor");
        assertThat(form.extraConsents.getListDataView().getItems()).doesNotContain(ConsentPurpose.SENSITIVE_DATA);
        test(form.guardianName).setValue("Rosa Gil");
        test(form.guardianRelationship).setValue("Madre");
        test(form.consentChannel).selectItem("Formulario en papel");
        test(form.sensitive.consent).click();
        test(form.sensitive.ethnicity).selectItem("Emberá");
        test(form.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        MemberDetails saved = registered();
        assertThat(saved.ethnicity()).containsExactly(Ethnicity.EMBERA);
        assertThat(saved.disability()).isNull();
        assertThat(saved.consents()).filteredOn(c -> c.purpose() == ConsentPurpose.SENSITIVE_DATA)
                .singleElement().satisfies(c -> assertThat(c.givenBy()).isEqualTo(ConsentParty.GUARDIAN));
    }
}
