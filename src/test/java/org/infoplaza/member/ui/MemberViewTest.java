package org.infoplaza.member.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.member.MemberRegistrations.aMember;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.CellFocusEvent;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.ConsentDetails;
import org.infoplaza.member.ConsentPurpose;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MemberViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberService members;

    CentreDetails centre;

    @BeforeEach
    void setUp() {
        centre = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static LocalDate today() {
        return LocalDate.now(PanamaTime.ZONE);
    }

    private MemberView open(MemberDetails member) {
        return navigate("members/" + member.id(), MemberView.class);
    }

    /** The page's label → value pairs, as a person reads them. */
    private static Map<String, String> shown(DescriptionList list) {
        Map<String, String> rows = new LinkedHashMap<>();
        List<Component> children = list.getChildren().toList();
        for (int i = 0; i + 1 < children.size(); i += 2) {
            rows.put(children.get(i).getElement().getText(), children.get(i + 1).getElement().getText());
        }
        return rows;
    }

    private String lastNotification() {
        return $(Notification.class).last().getElement().getProperty("text");
    }

    @Test
    void a_minors_page_shows_data_guardian_consents_and_print_links() {
        LocalDate born = today().minusYears(12).minusDays(3);
        MemberDetails minor = members.register(aMember(centre.id()).named("Lucía", "Gil Ábrego").bornOn(born)
                .withCedula(MemberRegistrations.aCedula()).withConsent().build());

        MemberView view = open(minor);

        assertThat(view.title.getText()).isEqualTo("Lucía Gil Ábrego (" + minor.memberNumber() + ")");
        Map<String, String> data = shown(view.details);
        assertThat(data).containsEntry("Número", minor.memberNumber()).containsEntry("Edad", "12")
                .containsEntry("Fecha de nacimiento", PanamaTime.dateFormat(java.util.Locale.ROOT).format(born))
                .containsEntry("Sexo", "Femenino").containsEntry("Documento", "Cédula " + minor.idNumber())
                .containsEntry("Idioma preferido", "Español").containsEntry("Residencia", "Barrio Sur")
                .containsEntry("Centro", centre.name() + " (" + centre.code() + ")");
        assertThat(data.get("Registro")).startsWith(PanamaTime.dateFormat(java.util.Locale.ROOT).format(today()));
        assertThat(view.guardian.isVisible()).isTrue();
        assertThat(shown(view.guardian)).containsEntry("Nombre del acudiente", "María Gil")
                .containsEntry("Parentesco", "Madre");
        assertThat(test(view.consents).size()).isEqualTo(1);
        assertThat(test(view.consents).getCellText(0, 0)).isEqualTo("Tratamiento de datos");
        assertThat(test(view.consents).getCellComponent(0, "state").getElement().getText())
                .isEqualTo("Vigente hasta el " + PanamaTime.dateFormat(java.util.Locale.ROOT).format(today().plusYears(1)));
        assertThat(view.documentLinks.getChildren().map(c -> ((Anchor) c).getText()))
                .containsExactly("Carnet", "Formulario de consentimiento");
        assertThat(view.privacyActions.getChildren()).singleElement().isInstanceOf(PrivacyActions.class);
    }

    @Test
    void an_adult_has_no_guardian_section_no_banner_and_only_the_card() {
        MemberDetails adult = members.register(aMember(centre.id()).build());

        MemberView view = open(adult);

        assertThat(view.guardian.isVisible()).isFalse();
        assertThat(view.eligibilityBanner.isVisible()).isFalse();
        assertThat(view.documentLinks.getChildren().map(c -> ((Anchor) c).getText())).containsExactly("Carnet");
        assertThat(test(view.consents).getCellText(0, 1)).isEqualTo("La persona misma");
    }

    @Test
    void a_minor_who_cannot_book_or_enroll_gets_a_banner_saying_why_until_the_consent_is_recorded() {
        MemberDetails minor = members.register(aMember(centre.id()).minor().withConsent().build());
        MemberView view = open(minor);

        assertThat(view.eligibilityBanner.isVisible()).isTrue();
        assertThat(view.eligibilityBanner.getElement().getTextRecursively())
                .contains("Falta el consentimiento del acudiente para usar estaciones; regístrelo en la ficha del miembro")
                .contains("participar en talleres");

        recordConsent(view, "Uso de computadoras");
        assertThat(view.eligibilityBanner.getElement().getTextRecursively())
                .doesNotContain("usar estaciones").contains("participar en talleres");
        recordConsent(view, "Talleres");
        assertThat(view.eligibilityBanner.isVisible()).isFalse();
    }

    private void recordConsent(MemberView view, String purpose) {
        test(view.recordConsent).click();
        ConsentDialog dialog = view.consentDialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.givenBy.getValue().name()).isEqualTo("GUARDIAN");
        assertThat(dialog.grantedAt.getValue()).isEqualTo(today());
        assertThat(dialog.textVersion.getValue()).isEqualTo(org.infoplaza.member.ConsentData.CURRENT_TEXT_VERSION);
        test(dialog.purpose).selectItem(purpose);
        test(dialog.channel).selectItem("En persona");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_recorded_consent_is_listed_valid_and_an_incomplete_one_keeps_the_dialog_open() {
        MemberDetails minor = members.register(aMember(centre.id()).minor().withConsent().build());
        MemberView view = open(minor);

        test(view.recordConsent).click();
        ConsentDialog dialog = view.consentDialog;
        assertThat(dialog.grantedAt.getMax()).as("never in the future").isEqualTo(today());
        test(dialog.purpose).selectItem("Fotografías");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.channel.isInvalid()).isTrue();
        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.PHOTOS, today())).isFalse();

        test(dialog.channel).selectItem("Formulario en papel");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Consentimiento registrado: Fotografías");
        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.PHOTOS, today())).isTrue();
        assertThat(test(view.consents).size()).isEqualTo(2);
        assertThat(test(view.consents).getCellText(0, 0)).isEqualTo("Fotografías");
    }

    @Test
    void revoking_a_consent_asks_first_and_takes_effect_at_once() {
        MemberDetails minor = members.register(aMember(centre.id()).minor().withStationConsent().build());
        MemberView view = open(minor);
        assertThat(view.eligibilityBanner.getElement().getTextRecursively()).doesNotContain("usar estaciones");
        int stationRow = rowOf(view, ConsentPurpose.STATION_USE);

        test((Button) test(view.consents).getCellComponent(stationRow, "revoke")).click();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.STATION_USE, today())).as("not before confirming")
                .isTrue();
        test(question).confirm();

        assertThat(members.hasValidConsent(minor.id(), ConsentPurpose.STATION_USE, today())).isFalse();
        assertThat(test(view.consents).getCellComponent(rowOf(view, ConsentPurpose.STATION_USE), "state").getElement()
                .getText()).startsWith("Retirado el " + PanamaTime.dateFormat(java.util.Locale.ROOT).format(today()));
        assertThat(view.eligibilityBanner.getElement().getTextRecursively()).contains("usar estaciones");
    }

    private int rowOf(MemberView view, ConsentPurpose purpose) {
        for (int row = 0; row < test(view.consents).size(); row++) {
            ConsentDetails consent = test(view.consents).getRow(row);
            if (consent.purpose() == purpose) {
                return row;
            }
        }
        throw new AssertionError("no row for " + purpose);
    }

    @Test
    void the_edit_form_opens_filled_and_saves_the_rectification() {
        MemberDetails minor = members.register(aMember(centre.id()).minor().withConsent().build());
        MemberView view = open(minor);

        test(view.edit).click();
        RegistrationForm form = view.form;
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(form.givenNames.getValue()).isEqualTo(minor.givenNames());
        assertThat(form.guardianName.getValue()).isEqualTo("María Gil");
        assertThat(form.homeCentre.isReadOnly()).isTrue();
        assertThat(form.consentChannel.isVisible()).as("consents are kept on the page").isFalse();
        test(form.surnames).setValue("Corregido Pérez");
        test(form.guardianRelationship).setValue("Abuela");
        test(form.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        MemberDetails stored = members.get(minor.id());
        assertThat(stored.surnames()).isEqualTo("Corregido Pérez");
        assertThat(stored.guardian().relationship()).isEqualTo("Abuela");
        assertThat(stored.consents()).hasSize(1);
        assertThat(view.title.getText()).contains("Corregido Pérez");
        assertThat(shown(view.guardian)).containsEntry("Parentesco", "Abuela");
    }

    @Test
    void a_taken_document_or_an_invalid_field_keeps_the_dialog_open_and_saves_nothing() {
        String cedula = MemberRegistrations.aCedula();
        members.register(aMember(centre.id()).withCedula(cedula).build());
        MemberDetails adult = members.register(aMember(centre.id()).build());
        MemberView view = open(adult);
        MemberDetails before = members.get(adult.id());

        test(view.edit).click();
        RegistrationForm form = view.form;
        test(form.surnames).setValue("Cambiado");
        test(form.idType).selectItem("Cédula");
        test(form.idNumber).setValue(cedula);
        test(form.save).click();
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(form.idNumber.isInvalid()).isTrue();
        assertThat(form.idNumber.getErrorMessage()).isEqualTo("Ya existe un miembro con este documento");

        test(form.idNumber).setValue("14-1-1");
        test(form.save).click();
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(form.idNumber.getErrorMessage()).startsWith("Número de documento no válido");
        assertThat(members.get(adult.id())).isEqualTo(before);
    }

    @Test
    void a_change_saved_by_someone_else_meanwhile_is_not_overwritten() {
        MemberDetails adult = members.register(aMember(centre.id()).build());
        MemberView view = open(adult);
        test(view.edit).click();
        members.update(adult.id(), adult.version(), new org.infoplaza.member.MemberRegistration(adult.givenNames(),
                "Primero", adult.dateOfBirth(), adult.sex(), adult.idType(), adult.idNumber(), adult.phone(),
                adult.email(), adult.preferredLanguage(), null, null, null, centre.id(), null, null,
                adult.community(), java.util.Set.of(), null, null, List.of(), false));

        test(view.form.surnames).setValue("Segundo");
        test(view.form.save).click();

        assertThat(view.editor.isOpened()).isTrue();
        assertThat(lastNotification()).startsWith("Otra persona cambió este miembro");
        assertThat(members.get(adult.id()).surnames()).isEqualTo("Primero");
    }

    @Test
    void a_row_of_the_members_grid_opens_the_page_by_click_or_enter_and_the_back_link_returns() {
        MemberDetails adult = members.register(aMember(centre.id()).build());
        MembersView list = navigate(MembersView.class);
        test(list.search).setValue(adult.memberNumber());

        test(list.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
        assertThat(((MemberView) getCurrentView()).title.getText()).contains(adult.memberNumber());

        com.vaadin.flow.router.RouterLink back = $(com.vaadin.flow.router.RouterLink.class).single();
        assertThat(back.getHref()).isEqualTo("members");
        list = navigate(MembersView.class);
        test(list.search).setValue(adult.memberNumber());
        String rowKey = list.grid.getDataCommunicator().getKeyMapper().key(test(list.grid).getRow(0));
        ComponentUtil.fireEvent(list.grid, new CellFocusEvent<>(list.grid, true, rowKey, null, "body"));
        ComponentUtil.fireEvent(list.grid, new KeyDownEvent(list.grid, "Enter"));
        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
    }

    @Test
    void a_suspension_is_recorded_shown_in_the_banner_with_its_reason_and_lifted_after_confirmation() {
        MemberDetails adult = members.register(aMember(centre.id()).build());
        MemberView view = open(adult);
        assertThat(view.liftSuspension.isVisible()).isFalse();

        test(view.suspend).click();
        test(view.suspensionDialog.reason).setValue(" ");
        test(view.suspensionDialog.confirm).click();
        assertThat(view.suspensionDialog.isOpened()).as("no reason: stays open").isTrue();
        assertThat(members.get(adult.id()).suspendedUntil()).isNull();

        test(view.suspensionDialog.reason).setValue("Dañó un teclado");
        test(view.suspensionDialog.until).setValue(today().plusDays(7));
        test(view.suspensionDialog.confirm).click();

        assertThat(view.suspensionDialog.isOpened()).isFalse();
        assertThat(members.get(adult.id()).suspendedUntil()).isEqualTo(today().plusDays(7));
        assertThat(view.eligibilityBanner.isVisible()).isTrue();
        assertThat(view.eligibilityBanner.getElement().getTextRecursively())
                .contains("suspendido hasta el " + PanamaTime.dateFormat(java.util.Locale.ROOT).format(today().plusDays(7)))
                .contains("Dañó un teclado");
        assertThat(view.suspend.isVisible()).isFalse();

        test(view.liftSuspension).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(members.get(adult.id()).suspendedUntil()).isNull();
        assertThat(view.eligibilityBanner.isVisible()).isFalse();
        assertThat(view.suspend.isVisible()).isTrue();
    }
}
