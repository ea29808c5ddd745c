package org.infoplaza.member.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoplaza.member.MemberRegistrations.aMember;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.Activity;
import org.infoplaza.member.ConsentChannel;
import org.infoplaza.member.ConsentParty;
import org.infoplaza.member.ConsentPurpose;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberFilter;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.member.finder.MemberFinder;
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
class MembersViewTest extends SpringBrowserlessTest {

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

    private static LocalDate today() {
        return LocalDate.now(PanamaTime.ZONE);
    }

    private RegistrationForm openForm(String given, String family, LocalDate born) {
        test(view.register).click();
        RegistrationForm form = view.form;
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(form.homeCentre.getValue().id()).as("home centre defaults to the selected one").isEqualTo(centre.id());
        assertThat(form.language.getValue()).isEqualTo("es");
        test(form.givenNames).setValue(given);
        test(form.surnames).setValue(family);
        test(form.dateOfBirth).setValue(born);
        test(form.sex).selectItem("Femenino");
        return form;
    }

    private long stored(String given) {
        return SystemAuthentication.call(() -> members.count(new MemberFilter(given)));
    }

    @Test
    void an_adult_is_registered_with_her_own_consent_without_guardian_questions_and_shows_in_the_grid() {
        String given = "Adulta " + Fixtures.unique("n").replaceAll("[^0-9]", "").replaceAll("[0-9]", "x");
        RegistrationForm form = openForm(given, "Quintero", today().minusYears(35));
        assertThat(form.guardianName.isVisible()).isFalse();
        assertThat(form.consentChannel.isVisible()).isTrue();
        assertThat(form.consentChannel.getLabel()).isEqualTo("Consentimiento de la persona para el tratamiento de sus datos");
        assertThat(form.occupation.isVisible()).isTrue();
        test(form.phone).setValue("6123-4567");
        test(form.consentChannel).selectItem("En persona");
        test(form.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        assertThat(stored(given)).isEqualTo(1);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).startsWith(centre.code() + "-");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("35");
        MemberDetails stored = members.get(test(view.grid).getRow(0).id());
        assertThat(stored.consents()).singleElement().satisfies(c -> {
            assertThat(c.purpose()).isEqualTo(ConsentPurpose.DATA_PROCESSING);
            assertThat(c.givenBy()).isEqualTo(ConsentParty.MEMBER);
            assertThat(c.channel()).isEqualTo(ConsentChannel.IN_PERSON);
        });
    }

    @Test
    void an_adult_without_her_own_consent_is_refused_with_a_field_message_and_nothing_is_saved() {
        String given = "Adulto " + Fixtures.unique("n").replaceAll("[^0-9]", "").replaceAll("[0-9]", "z");
        RegistrationForm form = openForm(given, "Sin Consentir", today().minusYears(40));
        test(form.save).click();

        assertThat(view.editor.isOpened()).isTrue();
        assertThat(form.consentChannel.isInvalid()).isTrue();
        assertThat(form.consentChannel.getErrorMessage())
                .isEqualTo("Una persona adulta necesita dar su propio consentimiento para el tratamiento de datos");
        assertThat(stored(given)).isZero();
    }

    @Test
    void a_minor_with_guardian_consent_to_stations_is_registered_and_listed_as_able_to_use_stations() {
        RegistrationForm form = openForm("Niña Uno", "Gil Ábrego", today().minusYears(12));
        assertThat(form.guardianName.isVisible()).isTrue();
        assertThat(form.occupation.isVisible()).isFalse();
        assertThat(form.visitConsents.isVisible()).as("asked next to the data consent").isTrue();
        assertThat(form.visitConsents.getValue()).as("never pre-ticked").isEmpty();
        assertThat(form.visitConsents.getHelperText())
                .isEqualTo("Sin marcar nada, el menor no podrá usar computadoras ni ir a talleres");
        test(form.guardianName).setValue("Rosa Ábrego");
        test(form.guardianRelationship).setValue("Madre");
        test(form.consentChannel).selectItem("Formulario en papel");
        test(form.visitConsents).selectItem("Usar las computadoras del centro");
        assertThat(form.visitConsents.getHelperText())
                .isEqualTo("Sin esta autorización, el menor no podrá ir a talleres");
        test(form.save).click();

        assertThat(view.editor.isOpened()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Niña Uno");
        assertThat(test(view.grid).getCellComponent(0, "status").getElement().getText())
                .isEqualTo("Puede usar estaciones; sin consentimiento para talleres");
        long id = test(view.grid).getRow(0).id();
        assertThat(members.eligibility(id, Activity.STATION_USE, today()).allowed())
                .as("the first walk-in is allowed").isTrue();
        assertThat(members.eligibility(id, Activity.WORKSHOPS, today()).allowed()).isFalse();
    }

    @Test
    void the_status_column_says_what_each_member_may_do_today() {
        SystemAuthentication.call(() -> members.register(aMember(centre.id()).named("Estado", "Adulta").build()));
        SystemAuthentication.call(() -> members.register(aMember(centre.id()).named("Estado", "Solo Datos")
                .minor().withConsent().build()));
        SystemAuthentication.call(() -> members.register(aMember(centre.id()).named("Estado", "Todo Permitido")
                .minor().withConsent().withStationConsent().withWorkshopConsent().build()));
        SystemAuthentication.call(() -> members.register(aMember(centre.id()).named("Estado", "Solo Talleres")
                .minor().withConsent().withWorkshopConsent().build()));
        view = navigate(MembersView.class);
        test(view.search).setValue("estado");

        assertThat(statusOf("Adulta")).isEqualTo("Puede usar estaciones y talleres");
        assertThat(statusOf("Solo Datos")).isEqualTo("Sin consentimiento para estaciones ni talleres");
        assertThat(statusOf("Todo Permitido")).isEqualTo("Puede usar estaciones y talleres");
        assertThat(statusOf("Solo Talleres")).isEqualTo("Sin consentimiento para estaciones; puede ir a talleres");
    }

    private String statusOf(String surnames) {
        for (int row = 0; row < test(view.grid).size(); row++) {
            if (test(view.grid).getRow(row).surnames().equals(surnames)) {
                return test(view.grid).getCellComponent(row, "status").getElement().getText();
            }
        }
        throw new AssertionError("No row for " + surnames);
    }

    @Test
    void a_minor_without_consent_is_refused_with_a_field_message_and_nothing_is_saved() {
        String given = "Niño " + Fixtures.unique("n").replaceAll("[^0-9]", "").replaceAll("[0-9]", "y");
        RegistrationForm form = openForm(given, "Sin Permiso", today().minusYears(10));
        test(form.guardianName).setValue("Luis Permiso");
        test(form.guardianRelationship).setValue("Padre");
        test(form.save).click();

        assertThat(form.consentChannel.isInvalid()).isTrue();
        assertThat(form.consentChannel.getErrorMessage())
                .isEqualTo("Un menor de edad necesita el consentimiento del acudiente para el tratamiento de datos");
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(stored(given)).isZero();
    }

    @Test
    void invalid_cedula_and_phone_get_field_messages() {
        RegistrationForm form = openForm("Carla", "Mal Escrita", today().minusYears(30));
        test(form.idType).selectItem("Cédula");
        test(form.idNumber).setValue("14-1-1");
        test(form.phone).setValue("61a3");
        test(form.save).click();

        assertThat(form.idNumber.getErrorMessage()).startsWith("Número de documento no válido");
        assertThat(form.phone.getErrorMessage()).startsWith("Use solo dígitos");
        assertThat(view.editor.isOpened()).isTrue();
    }

    @Test
    void a_suspected_duplicate_is_shown_and_can_be_opened_or_registered_anyway() {
        MemberRegistrations existing = aMember(centre.id());
        MemberDetails first = SystemAuthentication.call(() -> members.register(existing.build()));
        RegistrationForm form = openForm(existing.givenNames().toUpperCase(), existing.surnames().replace("é", "e"),
                existing.dateOfBirth());
        test(form.consentChannel).selectItem("En persona");
        test(form.save).click();

        assertThat(view.duplicateDialog.isOpened()).isTrue();
        assertThat(test(view.duplicateDialog.candidates).size()).isEqualTo(1);
        assertThat(test(view.duplicateDialog.candidates).getCellText(0, 0)).isEqualTo(first.memberNumber());
        test(view.duplicateDialog.openExisting).click();
        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
        assertThat(((MemberView) getCurrentView()).title.getText()).contains(first.memberNumber());

        view = navigate(MembersView.class);
        form = openForm(existing.givenNames(), existing.surnames(), existing.dateOfBirth());
        test(form.consentChannel).selectItem("En persona");
        test(form.save).click();
        test(view.duplicateDialog.registerAnyway).click();
        assertThat(view.editor.isOpened()).isFalse();
        assertThat(stored(existing.givenNames())).isEqualTo(2);
    }

    @Test
    void enter_in_the_search_box_after_registering_never_submits_the_closed_form_again() {
        String given = "Enter " + Fixtures.unique("n").replaceAll("[^0-9]", "").replaceAll("[0-9]", "q");
        RegistrationForm form = openForm(given, "Una Vez", today().minusYears(33));
        test(form.consentChannel).selectItem("En persona");
        test(form.save).click();
        assertThat(stored(given)).isEqualTo(1);
        assertThat(view.editor.isOpened()).isFalse();

        test(view.search).setValue("Una Vez");
        ShortcutsKt._fireShortcut(view.search, Key.ENTER);
        fireShortcut(Key.ENTER);
        fireShortcut(Key.ESCAPE);

        assertThat(view.duplicateDialog.isOpened()).as("no duplicate warning for the person just registered").isFalse();
        assertThat(stored(given)).isEqualTo(1);
        assertThat(view.editor.isAttached()).as("a closed dialog leaves the page").isFalse();
    }

    @Test
    void enter_registers_only_when_pressed_inside_the_registration_form() {
        String given = "Tecla " + Fixtures.unique("n").replaceAll("[^0-9]", "").replaceAll("[0-9]", "k");
        RegistrationForm form = openForm(given, "Intro", today().minusYears(41));
        test(form.consentChannel).selectItem("En persona");
        fireShortcut(Key.ENTER);
        ShortcutsKt._fireShortcut(view.search, Key.ENTER);
        assertThat(stored(given)).as("Enter outside the form").isZero();

        ShortcutsKt._fireShortcut(form, Key.ENTER);

        assertThat(stored(given)).isEqualTo(1);
        assertThat(view.editor.isOpened()).isFalse();
    }

    @Test
    void search_finds_members_by_name_fragment_and_by_number_as_you_type() {
        MemberDetails ana = SystemAuthentication.call(() -> members.register(aMember(centre.id())
                .named("Ana Lucía", "Batista Ríos").build()));
        SystemAuthentication.call(() -> members.register(aMember(centre.id()).named("Pedro", "Castillo").build()));
        view = navigate(MembersView.class);
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.search).setValue("rio");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Ana Lucía");

        test(view.search).setValue(ana.memberNumber());
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(ana.memberNumber());

        test(view.search).setValue("zzz");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void each_row_links_to_the_card_and_a_minor_also_to_the_consent_form_as_downloads() {
        MemberDetails minor = members.register(MemberRegistrations.aMember(centre.id()).minor().withConsent().build());
        MemberDetails adult = members.register(MemberRegistrations.aMember(centre.id()).build());
        MemberSummary minorRow = members.findByNumber(minor.memberNumber()).orElseThrow();
        MemberSummary adultRow = members.findByNumber(adult.memberNumber()).orElseThrow();

        Component minorLinks = view.documentLinks(minorRow);
        Component adultLinks = view.documentLinks(adultRow);
        view.add(minorLinks, adultLinks);

        List<Anchor> forMinor = anchors(minorLinks);
        assertThat(forMinor).extracting(Anchor::getText).containsExactly("Carnet", "Formulario de consentimiento");
        assertThat(forMinor).allSatisfy(a -> {
            assertThat(a.isDownload()).isTrue();
            assertThat(a.getHref()).contains("VAADIN/dynamic/resource");
        });
        assertThat(anchors(adultLinks)).extracting(Anchor::getText).containsExactly("Carnet");
    }

    @Test
    void a_member_of_another_centre_found_by_number_gets_no_document_links() {
        CentreDetails other = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, other.id()));
        MemberDetails visitor = members.register(MemberRegistrations.aMember(other.id()).build());
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        MemberSummary row = members.findByNumber(visitor.memberNumber()).orElseThrow();

        assertThat(anchors(view.documentLinks(row))).isEmpty();
    }

    @Test
    void an_operator_sees_only_the_visit_fields_of_a_member_of_another_centre() {
        CentreDetails other = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, other.id()));
        LocalDate born = today().minusYears(16).minusDays(3);
        MemberDetails visitor = members.register(MemberRegistrations.aMember(other.id()).named("Yaritza", "Vizuete")
                .bornOn(born).withStationConsent().build());
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        view = navigate(MembersView.class);

        test(view.search).setValue(visitor.memberNumber());

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(visitor.memberNumber());
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Yaritza");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Vizuete");
        assertThat(test(view.grid).getCellText(0, 4)).as("the age band, not the age").isEqualTo("15 a 17 años");
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("Otro centro");
        Component status = test(view.grid).getCellComponent(0, "status");
        assertThat(status.getElement().getText()).isEqualTo("De otro centro · estaciones: sí · talleres: no");
        assertThat(anchors(test(view.grid).getCellComponent(0, "documents"))).isEmpty();
        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).as("no member page for a visitor").isSameAs(view);

        // The desk's walk-in finder: the same fields, and a refusal without its reason.
        MemberFinder finder = new MemberFinder(members, Activity.WORKSHOPS, today(), picked -> { });
        view.add(finder);
        test(finder.query).setValue(visitor.memberNumber());
        assertThat(finder.picked.getText())
                .isEqualTo("Yaritza Vizuete (" + visitor.memberNumber() + ", 15 a 17 años, de otro centro)");
        assertThat(finder.eligibility.getText()).isEqualTo("Este miembro de otro centro no puede participar en talleres "
                + "hoy; su centro puede decirle qué le falta");
        String birth = PanamaTime.dateFormat(java.util.Locale.forLanguageTag("es-PA")).format(born);
        assertThat(List.of(finder.picked.getText(), finder.eligibility.getText(), status.getElement().getText()))
                .noneMatch(text -> text.contains(birth) || text.contains("16 años") || text.contains("María Gil")
                        || text.contains("consentimiento"));
    }

    @Test
    void a_mistyped_card_number_is_refused_at_once_in_the_grid_and_the_finder() {
        MemberDetails member = members.register(MemberRegistrations.aMember(centre.id()).build());
        String number = member.memberNumber();
        String typo = number.substring(0, number.length() - 2) + number.charAt(number.length() - 1)
                + number.charAt(number.length() - 2);
        if (typo.equals(number)) {
            typo = number.substring(0, number.length() - 1) + (number.endsWith("9") ? "0" : "9");
        }

        test(view.search).setValue(typo);

        String message = "Ese número de miembro está mal escrito: el último dígito no corresponde a los demás. "
                + "Revise la tarjeta y escríbalo de nuevo";
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.matches.getText()).isEqualTo(message);
        MemberFinder finder = new MemberFinder(members, Activity.STATION_USE, today(), picked -> { });
        view.add(finder);
        test(finder.query).setValue(typo);
        assertThat(finder.picked.getText()).isEqualTo(message);
        assertThat(finder.member()).isEmpty();
    }

    private static List<Anchor> anchors(Component links) {
        return links.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
    }
}
