package org.infoplaza.member.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.shared.ui.DateFields;
import org.infoplaza.member.ConsentChannel;
import org.infoplaza.member.ConsentData;
import org.infoplaza.member.ConsentParty;
import org.infoplaza.member.ConsentPurpose;
import org.infoplaza.member.Disability;
import org.infoplaza.member.Ethnicity;
import org.infoplaza.member.GuardianData;
import org.infoplaza.member.IdType;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberRegistration;
import org.infoplaza.member.MemberRules;
import org.infoplaza.member.OccupationStatus;
import org.infoplaza.member.SchoolStatus;
import org.infoplaza.member.Sex;

/**
 * Registers one member in under a minute: fields in the order people answer them, Tab moves on, Enter
 * saves. The guardian and consent section appears only when the date of birth makes the person a minor.
 * Field rules mirror the service's, which checks them again.
 */
class RegistrationForm extends FormLayout {

    /** The guardian consents a minor's visit needs: a station, a workshop. */
    static final Set<ConsentPurpose> VISIT_PURPOSES = EnumSet.of(ConsentPurpose.STATION_USE, ConsentPurpose.WORKSHOPS);

    final TextField givenNames = new TextField();
    final TextField surnames = new TextField();
    final DatePicker dateOfBirth = new DatePicker();
    final Select<Sex> sex = new Select<>();
    final Select<IdType> idType = new Select<>();
    final TextField idNumber = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final Select<String> language = new Select<>();
    final Select<CentreOption> homeCentre = new Select<>();
    final Select<SchoolStatus> schoolStatus = new Select<>();
    final TextField schoolGrade = new TextField();
    final Select<OccupationStatus> occupation = new Select<>();
    final ResidenceField residence;
    final TextField community = new TextField();
    final SensitiveFields sensitive = new SensitiveFields();
    final H3 guardianTitle = new H3();
    final TextField guardianName = new TextField();
    final TextField guardianRelationship = new TextField();
    final TextField guardianPhone = new TextField();
    final EmailField guardianEmail = new EmailField();
    final RadioButtonGroup<ConsentChannel> consentChannel = new RadioButtonGroup<>();
    /** What the visit needs (stations, workshops): asked next to the data consent, never pre-ticked. */
    final CheckboxGroup<ConsentPurpose> visitConsents = new CheckboxGroup<>();
    final CheckboxGroup<ConsentPurpose> extraConsents = new CheckboxGroup<>();
    final Checkbox assent = new Checkbox();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<Model> binder = new Binder<>();
    private final Supplier<LocalDate> today;
    private Model model = new Model();
    /** Rectifying a member: consents are kept on the member page, and the home centre does not move. */
    private boolean editing;

    RegistrationForm(Supplier<LocalDate> today, GeographyService geography) {
        this.today = today;
        this.residence = new ResidenceField(geography);
        addClassName("registration-form");
        configureFields();
        bindFields();

        save.setText(getTranslation("member.register"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        add(givenNames, surnames, dateOfBirth, sex, idType, idNumber, phone, email, schoolStatus, schoolGrade,
                occupation, residence, community, language, homeCentre, sensitive, guardianTitle, guardianName, guardianRelationship,
                guardianPhone, guardianEmail, consentChannel, visitConsents, assent, extraConsents,
                new HorizontalLayout(save, cancel));
        setColspan(residence, 2);
        setColspan(sensitive, 2);
        setColspan(guardianTitle, 2);
        setColspan(consentChannel, 2);
        setColspan(visitConsents, 2);
        setColspan(extraConsents, 2);
        showAgeDependentFields();
    }

    private void configureFields() {
        givenNames.setLabel(getTranslation("member.given-names"));
        surnames.setLabel(getTranslation("member.surnames"));
        givenNames.setRequiredIndicatorVisible(true);
        surnames.setRequiredIndicatorVisible(true);
        givenNames.setMaxLength(100);
        surnames.setMaxLength(100);
        DateFields.panamanian(dateOfBirth).setLabel(getTranslation("member.birth-date"));
        dateOfBirth.setRequiredIndicatorVisible(true);
        dateOfBirth.setMax(today.get());
        dateOfBirth.setMin(today.get().minusYears(MemberRules.OLDEST_AGE));
        dateOfBirth.addValueChangeListener(e -> showAgeDependentFields());
        sex.setLabel(getTranslation("member.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("member.sex." + s.name()));
        idType.setLabel(getTranslation("member.id-type"));
        idType.setItems(IdType.values());
        idType.setItemLabelGenerator(t -> getTranslation("member.id-type." + t.name()));
        idType.addValueChangeListener(e -> {
            idNumber.setEnabled(e.getValue() != IdType.NONE);
            if (e.getValue() == IdType.NONE) {
                idNumber.clear();
            }
        });
        idNumber.setLabel(getTranslation("member.id-number"));
        idNumber.setHelperText(getTranslation("member.id-number.helper"));
        idNumber.setMaxLength(30);
        phone.setLabel(getTranslation("member.phone"));
        phone.setMaxLength(30);
        email.setLabel(getTranslation("member.email"));
        language.setLabel(getTranslation("member.language"));
        language.setItems("es", "en");
        language.setItemLabelGenerator(l -> l.equals("en") ? "English" : "Español");
        homeCentre.setLabel(getTranslation("member.home-centre"));
        homeCentre.setItemLabelGenerator(CentreOption::label);
        schoolStatus.setLabel(getTranslation("member.school-status"));
        schoolStatus.setItems(SchoolStatus.values());
        schoolStatus.setEmptySelectionAllowed(true);
        schoolStatus.setItemLabelGenerator(s -> s == null ? "" : getTranslation("member.school-status." + s.name()));
        schoolGrade.setLabel(getTranslation("member.school-grade"));
        schoolGrade.setMaxLength(30);
        occupation.setLabel(getTranslation("member.occupation"));
        occupation.setItems(OccupationStatus.values());
        occupation.setEmptySelectionAllowed(true);
        occupation.setItemLabelGenerator(o -> o == null ? "" : getTranslation("member.occupation." + o.name()));
        residence.setLabel(getTranslation("member.residence"));
        homeCentre.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                residence.defaultToCentre(e.getValue().id());
            }
        });
        community.setLabel(getTranslation("member.community"));
        community.setMaxLength(120);
        guardianTitle.setText(getTranslation("member.guardian.section"));
        guardianName.setLabel(getTranslation("member.guardian.name"));
        guardianName.setRequiredIndicatorVisible(true);
        guardianRelationship.setLabel(getTranslation("member.guardian.relationship"));
        guardianRelationship.setRequiredIndicatorVisible(true);
        guardianPhone.setLabel(getTranslation("member.guardian.phone"));
        guardianEmail.setLabel(getTranslation("member.guardian.email"));
        consentChannel.setLabel(getTranslation("member.consent.channel"));
        consentChannel.setRequiredIndicatorVisible(true);
        consentChannel.setItems(ConsentChannel.values());
        consentChannel.setItemLabelGenerator(c -> getTranslation("member.consent.channel." + c.name()));
        assent.setLabel(getTranslation("member.consent.assent"));
        visitConsents.setLabel(getTranslation("member.consent.visit"));
        visitConsents.setItems(VISIT_PURPOSES);
        visitConsents.setItemLabelGenerator(p -> getTranslation("member.consent.visit." + p.name()));
        visitConsents.addClassName("visit-consents");
        visitConsents.addValueChangeListener(e -> explainVisitConsents());
        extraConsents.setLabel(getTranslation("member.consent.extra"));
        // Consent to sensitive data is asked next to the sensitive questions (for adults too).
        extraConsents.setItems(EnumSet.complementOf(EnumSet.of(ConsentPurpose.DATA_PROCESSING,
                ConsentPurpose.SENSITIVE_DATA, ConsentPurpose.STATION_USE, ConsentPurpose.WORKSHOPS)));
        extraConsents.setItemLabelGenerator(p -> getTranslation("member.consent.purpose." + p.name()));
    }

    private void bindFields() {
        binder.forField(givenNames).asRequired(getTranslation("member.given-names.required"))
                .bind(m -> m.givenNames, (m, v) -> m.givenNames = v);
        binder.forField(surnames).asRequired(getTranslation("member.surnames.required"))
                .bind(m -> m.surnames, (m, v) -> m.surnames = v);
        binder.forField(dateOfBirth).asRequired(getTranslation("member.birth-date.required"))
                .withValidator(d -> !d.isAfter(today.get()), getTranslation("member.birth-date.future"))
                .withValidator(d -> !d.isBefore(today.get().minusYears(MemberRules.OLDEST_AGE)),
                        getTranslation("member.birth-date.too-old", MemberRules.OLDEST_AGE))
                .bind(m -> m.dateOfBirth, (m, v) -> m.dateOfBirth = v);
        binder.forField(sex).asRequired(getTranslation("member.sex.required")).bind(m -> m.sex, (m, v) -> m.sex = v);
        binder.forField(idType).asRequired(getTranslation("member.id-type.required"))
                .bind(m -> m.idType, (m, v) -> m.idType = v);
        binder.forField(idNumber)
                .withValidator(v -> switch (idType.getValue() == null ? IdType.NONE : idType.getValue()) {
                    case CEDULA -> MemberRules.isCedula(v);
                    case PASSPORT -> v.strip().matches("[A-Za-z0-9-]{4,30}");
                    case NONE -> true;
                }, getTranslation("member.id-number.format"))
                .bind(m -> m.idNumber, (m, v) -> m.idNumber = v);
        binder.forField(phone).withValidator(v -> v.isBlank() || v.strip().matches(MemberRules.PHONE),
                getTranslation("member.phone.format")).bind(m -> m.phone, (m, v) -> m.phone = v);
        binder.forField(email).withValidator(v -> !email.isInvalid(), getTranslation("member.email.format"))
                .bind(m -> m.email, (m, v) -> m.email = v);
        binder.forField(language).asRequired(getTranslation("member.language.required"))
                .bind(m -> m.language, (m, v) -> m.language = v);
        binder.forField(homeCentre).asRequired().bind(m -> m.homeCentre, (m, v) -> m.homeCentre = v);
        binder.forField(schoolStatus).bind(m -> m.schoolStatus, (m, v) -> m.schoolStatus = v);
        binder.forField(schoolGrade).bind(m -> m.schoolGrade, (m, v) -> m.schoolGrade = v);
        binder.forField(occupation).bind(m -> m.occupation, (m, v) -> m.occupation = v);
        binder.forField(residence).bind(m -> m.residence, (m, v) -> m.residence = v);
        binder.forField(community).bind(m -> m.community, (m, v) -> m.community = v);
        binder.forField(sensitive.consent).bind(m -> m.sensitiveConsent, (m, v) -> m.sensitiveConsent = v);
        binder.forField(sensitive.ethnicity).bind(m -> m.ethnicity, (m, v) -> m.ethnicity = v);
        binder.forField(sensitive.afroDescendant).bind(m -> m.afroDescendant, (m, v) -> m.afroDescendant = v);
        binder.forField(sensitive.disability).bind(m -> m.disability, (m, v) -> m.disability = v);
        binder.forField(guardianName)
                .withValidator(v -> !isMinor() || !v.isBlank(), getTranslation("member.guardian.name.required"))
                .bind(m -> m.guardianName, (m, v) -> m.guardianName = v);
        binder.forField(guardianRelationship)
                .withValidator(v -> !isMinor() || !v.isBlank(), getTranslation("member.guardian.relationship.required"))
                .bind(m -> m.guardianRelationship, (m, v) -> m.guardianRelationship = v);
        binder.forField(guardianPhone).withValidator(v -> v.isBlank() || v.strip().matches(MemberRules.PHONE),
                getTranslation("member.phone.format")).bind(m -> m.guardianPhone, (m, v) -> m.guardianPhone = v);
        binder.forField(guardianEmail).bind(m -> m.guardianEmail, (m, v) -> m.guardianEmail = v);
        binder.forField(consentChannel)
                .withValidator(v -> editing || dateOfBirth.getValue() == null || v != null,
                        v -> getTranslation(isMinor() ? "member.consent.required" : "member.consent.own-required"))
                .bind(m -> m.consentChannel, (m, v) -> m.consentChannel = v);
        binder.forField(assent).bind(m -> m.assent, (m, v) -> m.assent = v);
        binder.forField(visitConsents).bind(m -> m.visitConsents, (m, v) -> m.visitConsents = v);
        binder.forField(extraConsents).bind(m -> m.extraConsents, (m, v) -> m.extraConsents = v);
    }

    /** Starts a new registration with the desk's defaults. */
    void start(List<CentreOption> centres, CentreOption selected) {
        editing = false;
        homeCentre.setItems(centres);
        homeCentre.setReadOnly(false);
        save.setText(getTranslation("member.register"));
        model = new Model();
        model.homeCentre = selected;
        binder.readBean(model);
        residence.defaultToCentre(selected.id());
        showAgeDependentFields();
    }

    /** Opens a stored member for rectification, filled with what is on record. */
    void edit(MemberDetails member, CentreOption home) {
        editing = true;
        homeCentre.setItems(List.of(home));
        homeCentre.setReadOnly(true);
        save.setText(getTranslation("action.save"));
        model = Model.of(member, home, today.get());
        binder.readBean(model);
        showAgeDependentFields();
    }

    boolean isEditing() {
        return editing;
    }

    boolean isMinor() {
        LocalDate born = dateOfBirth.getValue();
        return born != null && !born.isAfter(today.get()) && MemberRules.isMinorOn(born, today.get());
    }

    private void showAgeDependentFields() {
        boolean minor = isMinor();
        boolean known = dateOfBirth.getValue() != null;
        for (var field : List.of(guardianTitle, guardianName, guardianRelationship, guardianPhone, guardianEmail,
                schoolStatus, schoolGrade)) {
            field.setVisible(minor);
        }
        assent.setVisible(minor && !editing);
        visitConsents.setVisible(minor && !editing);
        extraConsents.setVisible(minor && !editing);
        explainVisitConsents();
        // An adult gives their own consent to data processing; a minor's guardian gives it for them.
        consentChannel.setVisible(known && !editing);
        consentChannel.setLabel(getTranslation(minor ? "member.consent.channel" : "member.consent.own-channel"));
        occupation.setVisible(known && !minor);
        sensitive.setMinor(minor);
        sensitive.consent.setReadOnly(editing);
    }

    /** Says under the boxes what the minor will not be able to do, so nobody leaves one unticked by mistake. */
    private void explainVisitConsents() {
        Set<ConsentPurpose> ticked = visitConsents.getValue();
        boolean stations = ticked.contains(ConsentPurpose.STATION_USE);
        boolean workshops = ticked.contains(ConsentPurpose.WORKSHOPS);
        visitConsents.setHelperText(getTranslation(stations && workshops ? "member.consent.visit.all"
                : stations ? "member.consent.visit.no-workshops"
                : workshops ? "member.consent.visit.no-stations" : "member.consent.visit.none"));
    }

    /** Shows a refusal from the service next to the field it concerns. */
    void showError(HasValidation field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(model)) {
            fireEvent(new SaveEvent(this, model.toRegistration(isMinor(), today.get(), editing)));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<RegistrationForm> {
        private final MemberRegistration data;

        SaveEvent(RegistrationForm source, MemberRegistration data) {
            super(source, false);
            this.data = data;
        }

        MemberRegistration data() {
            return data;
        }
    }

    static final class CancelEvent extends ComponentEvent<RegistrationForm> {
        CancelEvent(RegistrationForm source) {
            super(source, false);
        }
    }

    /** The form's working copy; Binder needs mutable fields, the service takes a record. */
    static final class Model {
        String givenNames = "";
        String surnames = "";
        LocalDate dateOfBirth;
        Sex sex;
        IdType idType = IdType.NONE;
        String idNumber = "";
        String phone = "";
        String email = "";
        String language = "es";
        CentreOption homeCentre;
        SchoolStatus schoolStatus;
        String schoolGrade = "";
        OccupationStatus occupation;
        ResidenceField.Residence residence = ResidenceField.Residence.NONE;
        String community = "";
        boolean sensitiveConsent;
        Ethnicity ethnicity;
        boolean afroDescendant;
        Disability disability;
        String guardianName = "";
        String guardianRelationship = "";
        String guardianPhone = "";
        String guardianEmail = "";
        ConsentChannel consentChannel;
        boolean assent;
        Set<ConsentPurpose> visitConsents = Set.of();
        Set<ConsentPurpose> extraConsents = Set.of();

        static Model of(MemberDetails member, CentreOption home, LocalDate today) {
            Model model = new Model();
            model.givenNames = member.givenNames();
            model.surnames = member.surnames();
            model.dateOfBirth = member.dateOfBirth();
            model.sex = member.sex();
            model.idType = member.idType();
            model.idNumber = orEmpty(member.idNumber());
            model.phone = orEmpty(member.phone());
            model.email = orEmpty(member.email());
            model.language = member.preferredLanguage();
            model.homeCentre = home;
            model.schoolStatus = member.schoolStatus();
            model.schoolGrade = orEmpty(member.schoolGrade());
            model.occupation = member.occupationStatus();
            model.community = orEmpty(member.community());
            model.residence = new ResidenceField.Residence(member.municipalityId(), member.corregimientoId());
            // Sensitive answers can be corrected only while their consent is in force (recorded on its own).
            model.sensitiveConsent = member.consents().stream()
                    .anyMatch(c -> c.purpose() == ConsentPurpose.SENSITIVE_DATA && c.validOn(today));
            model.afroDescendant = member.ethnicity().contains(Ethnicity.AFRO_DESCENDANT);
            model.ethnicity = member.ethnicity().stream().filter(e -> e != Ethnicity.AFRO_DESCENDANT).findFirst()
                    .orElse(null);
            model.disability = member.disability();
            if (member.guardian() != null) {
                model.guardianName = orEmpty(member.guardian().name());
                model.guardianRelationship = orEmpty(member.guardian().relationship());
                model.guardianPhone = orEmpty(member.guardian().phone());
                model.guardianEmail = orEmpty(member.guardian().email());
            }
            return model;
        }

        MemberRegistration toRegistration(boolean minor, LocalDate today, boolean editing) {
            GuardianData guardian = null;
            List<ConsentData> consents = new ArrayList<>();
            if (minor) {
                guardian = new GuardianData(guardianName, guardianRelationship, blankToNull(guardianPhone),
                        blankToNull(guardianEmail));
            }
            if (editing) {
                consents = List.of();
            } else if (!minor) {
                consents.add(new ConsentData(ConsentPurpose.DATA_PROCESSING, ConsentParty.MEMBER, today,
                        consentChannel, ConsentData.CURRENT_TEXT_VERSION, false));
            } else {
                consents.add(new ConsentData(ConsentPurpose.DATA_PROCESSING, ConsentParty.GUARDIAN, today,
                        consentChannel, ConsentData.CURRENT_TEXT_VERSION, assent));
                Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
                purposes.addAll(visitConsents);
                purposes.addAll(extraConsents);
                for (ConsentPurpose purpose : purposes) {
                    consents.add(new ConsentData(purpose, ConsentParty.GUARDIAN, today, consentChannel,
                            ConsentData.CURRENT_TEXT_VERSION, assent));
                }
            }
            if (sensitiveConsent && !editing) {
                consents.add(minor
                        ? new ConsentData(ConsentPurpose.SENSITIVE_DATA, ConsentParty.GUARDIAN, today, consentChannel,
                                ConsentData.CURRENT_TEXT_VERSION, assent)
                        : new ConsentData(ConsentPurpose.SENSITIVE_DATA, ConsentParty.MEMBER, today,
                                consentChannel, ConsentData.CURRENT_TEXT_VERSION, false));
            }
            return new MemberRegistration(givenNames, surnames, dateOfBirth, sex, idType,
                    idType == IdType.NONE ? null : idNumber, blankToNull(phone), blankToNull(email), language,
                    minor ? schoolStatus : null, minor ? blankToNull(schoolGrade) : null, minor ? null : occupation,
                    homeCentre.id(), residence.municipalityId(), residence.corregimientoId(), blankToNull(community),
                    SensitiveFields.answer(sensitiveConsent, ethnicity, afroDescendant),
                    sensitiveConsent ? disability : null, guardian, consents, false);
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
