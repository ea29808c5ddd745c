package org.infoplaza.centre.ui;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.infoplaza.centre.CentreData;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.HostKind;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.ui.DateFields;

/**
 * Add, edit or just show one centre: where it is, who hosts it, the fairness rules its stations follow and
 * its weekly opening hours. Field rules mirror {@link CentreData}'s constraints so people see what is wrong
 * next to the field; the service checks them again.
 */
class CentreForm extends VerticalLayout {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<MunicipalityOption> municipality = new ComboBox<>();
    final TextField corregimiento = new TextField();
    final TextField address = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextField hostOrganisation = new TextField();
    final Select<HostKind> hostKind = new Select<>();
    final DatePicker openedOn = DateFields.panamanian(new DatePicker());
    final IntegerField maxSessionMinutes = new IntegerField();
    final IntegerField dailyMinutesPerMember = new IntegerField();
    final IntegerField noShowGraceMinutes = new IntegerField();
    final IntegerField bookingHorizonDays = new IntegerField();
    final OpeningHoursEditor hours = new OpeningHoursEditor();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<Model> binder = new Binder<>();
    private final List<MunicipalityOption> municipalities;
    private Model model = new Model();

    CentreForm(List<MunicipalityOption> municipalities) {
        this.municipalities = municipalities;
        addClassName("centre-form");
        setPadding(false);
        configureDetails();
        bindDetails();
        configureRules();
        configureButtons();
        add(new H3(getTranslation("centre.section.details")), createDetailsLayout(),
                new H3(getTranslation("centre.section.rules")), createRulesLayout(),
                new H3(getTranslation("centre.section.hours")), new Paragraph(getTranslation("centre.hours.helper")),
                hours);
    }

    private void configureDetails() {
        code.setLabel(getTranslation("centre.code"));
        code.setHelperText(getTranslation("centre.code.helper"));
        code.setMaxLength(20);
        code.setAllowedCharPattern("[A-Za-z0-9-]");
        code.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("centre.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        municipality.setLabel(getTranslation("centre.municipality"));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(MunicipalityOption::label);
        municipality.setRequiredIndicatorVisible(true);
        corregimiento.setLabel(getTranslation("centre.corregimiento"));
        corregimiento.setMaxLength(120);
        address.setLabel(getTranslation("centre.address"));
        address.setMaxLength(255);
        phone.setLabel(getTranslation("centre.phone"));
        phone.setPlaceholder("+507 512-3400");
        phone.setAllowedCharPattern("[+0-9 ()-]");
        phone.setMaxLength(30);
        email.setLabel(getTranslation("centre.email"));
        email.setMaxLength(254);
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("centre.email.format")));
        hostOrganisation.setLabel(getTranslation("centre.host"));
        hostOrganisation.setHelperText(getTranslation("centre.host.helper"));
        hostOrganisation.setMaxLength(160);
        hostKind.setLabel(getTranslation("centre.host-kind"));
        hostKind.setItems(HostKind.values());
        hostKind.setItemLabelGenerator(kind -> kind == null ? "" : getTranslation("centre.host-kind." + kind.name()));
        hostKind.setRequiredIndicatorVisible(true);
        openedOn.setLabel(getTranslation("centre.opened-on"));
        openedOn.setHelperText(getTranslation("centre.opened-on.helper"));
    }

    private void bindDetails() {
        binder.forField(code)
                .withConverter(value -> value.strip().toUpperCase(Locale.ROOT), value -> value)
                .withValidator(value -> !value.isEmpty(), getTranslation("centre.code.required"))
                .withValidator(value -> value.matches("[A-Z0-9-]{2,20}"), getTranslation("centre.code.format"))
                .bind(m -> m.code, (m, v) -> m.code = v);
        binder.forField(name)
                .withValidator(value -> !value.isBlank(), getTranslation("centre.name.required"))
                .withValidator(value -> value.strip().length() <= 120, getTranslation("centre.name.size"))
                .bind(m -> m.name, (m, v) -> m.name = v);
        binder.forField(municipality)
                .asRequired(getTranslation("centre.municipality.required"))
                .bind(m -> m.municipality, (m, v) -> m.municipality = v);
        bindOptionalText(corregimiento, 120, "centre.corregimiento.size", m -> m.corregimiento, (m, v) -> m.corregimiento = v);
        bindOptionalText(address, 255, "centre.address.size", m -> m.address, (m, v) -> m.address = v);
        binder.forField(phone)
                .withValidator(value -> value.isBlank() || value.strip().matches("[+0-9 ()-]{7,30}"),
                        getTranslation("centre.phone.format"))
                .bind(m -> m.phone, (m, v) -> m.phone = v);
        binder.forField(email)
                .withValidator(value -> value.isBlank() || value.strip().length() <= 254, getTranslation("centre.email.format"))
                .withValidator(new EmailValidator(getTranslation("centre.email.format"), true))
                .bind(m -> m.email, (m, v) -> m.email = v);
        bindOptionalText(hostOrganisation, 160, "centre.host.size", m -> m.hostOrganisation, (m, v) -> m.hostOrganisation = v);
        binder.forField(hostKind)
                .asRequired(getTranslation("centre.host-kind.required"))
                .bind(m -> m.hostKind, (m, v) -> m.hostKind = v);
        binder.forField(openedOn).bind(m -> m.openedOn, (m, v) -> m.openedOn = v);
    }

    private void bindOptionalText(TextField field, int maxLength, String sizeKey, ValueProvider<Model, String> getter,
            Setter<Model, String> setter) {
        binder.forField(field)
                .withValidator(value -> value.strip().length() <= maxLength, getTranslation(sizeKey))
                .bind(getter, setter);
    }

    /** The ranges are those of {@link CentreRules}; the helper texts say what each rule does at the front desk. */
    private void configureRules() {
        configureRule(maxSessionMinutes, "centre.rules.session", "centre.unit.minutes", 5, 480,
                m -> m.maxSessionMinutes, (m, v) -> m.maxSessionMinutes = v);
        configureRule(dailyMinutesPerMember, "centre.rules.daily", "centre.unit.minutes", 5, 720,
                m -> m.dailyMinutesPerMember, (m, v) -> m.dailyMinutesPerMember = v);
        configureRule(noShowGraceMinutes, "centre.rules.grace", "centre.unit.minutes", 0, 60,
                m -> m.noShowGraceMinutes, (m, v) -> m.noShowGraceMinutes = v);
        configureRule(bookingHorizonDays, "centre.rules.horizon", "centre.unit.days", 1, 90,
                m -> m.bookingHorizonDays, (m, v) -> m.bookingHorizonDays = v);
    }

    private void configureRule(IntegerField field, String key, String unitKey, int min, int max,
            ValueProvider<Model, Integer> getter, Setter<Model, Integer> setter) {
        String rangeMessage = getTranslation(key + ".range");
        field.setLabel(getTranslation(key));
        field.setHelperText(getTranslation(key + ".helper"));
        field.setSuffixComponent(new Span(getTranslation(unitKey)));
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(rangeMessage));
        binder.forField(field)
                .asRequired(rangeMessage)
                .withValidator(value -> value >= min && value <= max, rangeMessage)
                .bind(getter, setter);
    }

    private FormLayout createDetailsLayout() {
        FormLayout layout = new FormLayout(code, name, municipality, corregimiento, address, phone, email,
                hostOrganisation, hostKind, openedOn);
        layout.setColspan(address, 2);
        return layout;
    }

    private FormLayout createRulesLayout() {
        return new FormLayout(maxSessionMinutes, dailyMinutesPerMember, noShowGraceMinutes, bookingHorizonDays);
    }

    private void configureButtons() {
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
    }

    /** A new centre starts with the default rules and the most common timetable: weekdays with a lunch break. */
    void createNew(LocalDate today) {
        Model fresh = new Model();
        fresh.maxSessionMinutes = CentreRules.defaults().maxSessionMinutes();
        fresh.dailyMinutesPerMember = CentreRules.defaults().dailyMinutesPerMember();
        fresh.noShowGraceMinutes = CentreRules.defaults().noShowGraceMinutes();
        fresh.bookingHorizonDays = CentreRules.defaults().bookingHorizonDays();
        fresh.openedOn = today;
        List<OpeningPeriod> weekdays = new ArrayList<>();
        for (DayOfWeek day = MONDAY; day.compareTo(FRIDAY) <= 0; day = day.plus(1)) {
            weekdays.add(new OpeningPeriod(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            weekdays.add(new OpeningPeriod(day, LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        load(fresh, weekdays, false);
        code.setReadOnly(false);
    }

    /** Edits an existing centre; its code identifies it in reports and cannot change. */
    void edit(CentreDetails centre) {
        load(Model.from(centre, municipalities), centre.openingHours(), false);
        code.setReadOnly(true);
    }

    /** Shows a centre to someone who may not change it. */
    void show(CentreDetails centre) {
        load(Model.from(centre, municipalities), centre.openingHours(), true);
    }

    private void load(Model loaded, List<OpeningPeriod> openingHours, boolean readOnly) {
        model = loaded;
        binder.readBean(model);
        binder.setReadOnly(readOnly);
        hours.setValue(openingHours);
        hours.setReadOnly(readOnly);
        save.setVisible(!readOnly);
        cancel.setText(getTranslation(readOnly ? "centre.close" : "action.cancel"));
    }

    /**
     * Shows a refusal from the service next to what it concerns; returns false when the refusal belongs to no
     * field and the caller should announce it.
     */
    boolean showRefusal(DomainException refusal) {
        String message = getTranslation(refusal.messageKey(), refusal.arguments());
        switch (refusal.messageKey()) {
            case "centre.code.taken" -> {
                code.setErrorMessage(message);
                code.setInvalid(true);
                code.focus();
            }
            case "centre.municipality.required" -> {
                municipality.setErrorMessage(message);
                municipality.setInvalid(true);
                municipality.focus();
            }
            case "centre.hours.order", "centre.hours.overlap" -> hours.showError(message);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void validateAndSave() {
        BinderValidationStatus<Model> status = binder.validate();
        boolean hoursValid = hours.validate();
        if (status.isOk() && hoursValid) {
            binder.writeBeanIfValid(model);
            fireEvent(new SaveEvent(this, model.toData(hours.getValue())));
        } else if (!status.isOk()) {
            // The dialog scrolls; without this, an error at the top is easy to miss after clicking Save below.
            status.getFieldValidationErrors().stream()
                    .map(BindingValidationStatus::getField)
                    .filter(Focusable.class::isInstance)
                    .findFirst()
                    .ifPresent(field -> ((Focusable<?>) field).focus());
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<CentreForm> {
        private final CentreData data;

        SaveEvent(CentreForm source, CentreData data) {
            super(source, false);
            this.data = data;
        }

        CentreData data() {
            return data;
        }
    }

    static final class CancelEvent extends ComponentEvent<CentreForm> {
        CancelEvent(CentreForm source) {
            super(source, false);
        }
    }

    /** The form's working copy; Binder needs mutable fields, services take records. */
    static final class Model {
        String code = "";
        String name = "";
        MunicipalityOption municipality;
        String corregimiento = "";
        String address = "";
        String phone = "";
        String email = "";
        String hostOrganisation = "";
        HostKind hostKind;
        LocalDate openedOn;
        Integer maxSessionMinutes;
        Integer dailyMinutesPerMember;
        Integer noShowGraceMinutes;
        Integer bookingHorizonDays;
        long version;

        static Model from(CentreDetails centre, List<MunicipalityOption> municipalities) {
            Model model = new Model();
            model.code = centre.code();
            model.name = centre.name();
            model.municipality = municipalities.stream()
                    .filter(option -> option.id() == centre.municipalityId())
                    .findFirst()
                    .orElse(null);
            model.corregimiento = centre.corregimiento();
            model.address = centre.address();
            model.phone = centre.phone();
            model.email = centre.email();
            model.hostOrganisation = centre.hostOrganisation();
            model.hostKind = centre.hostKind();
            model.openedOn = centre.openedOn();
            model.maxSessionMinutes = centre.rules().maxSessionMinutes();
            model.dailyMinutesPerMember = centre.rules().dailyMinutesPerMember();
            model.noShowGraceMinutes = centre.rules().noShowGraceMinutes();
            model.bookingHorizonDays = centre.rules().bookingHorizonDays();
            model.version = centre.version();
            return model;
        }

        /** Trims what people typed, so stray spaces never fail the service's patterns. */
        CentreData toData(List<OpeningPeriod> openingHours) {
            return new CentreData(code, name.strip(), municipality.id(), clean(corregimiento), clean(address),
                    clean(phone), clean(email), clean(hostOrganisation), hostKind,
                    new CentreRules(maxSessionMinutes, dailyMinutesPerMember, noShowGraceMinutes, bookingHorizonDays),
                    List.copyOf(openingHours), openedOn, version);
        }

        private static String clean(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
