package org.infoplaza.staff.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.security.Role;
import org.infoplaza.shared.Translations;
import org.infoplaza.staff.StaffData;
import org.infoplaza.staff.StaffService;

/**
 * Add or edit one staff account. Field rules mirror {@link StaffData}'s constraints so people see what is
 * wrong next to the field; the service checks them again. Centres matter only for roles that work at
 * particular centres, so the field appears only for those.
 */
class StaffForm extends FormLayout {

    static final List<String> LANGUAGES = Translations.languageTags();

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final Select<String> language = new Select<>();
    final Select<Role> role = new Select<>();
    final MultiSelectComboBox<CentreOption> centres = new MultiSelectComboBox<>();
    final Checkbox active = new Checkbox();
    final PasswordField password = new PasswordField();
    final PasswordField passwordRepeat = new PasswordField();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<Model> binder = new Binder<>();
    private final Map<Long, CentreOption> knownCentres = new LinkedHashMap<>();
    private Binder.Binding<Model, Set<CentreOption>> centresBinding;
    private Model model = new Model();
    private boolean creating = true;

    StaffForm(List<CentreOption> centreOptions) {
        addClassName("staff-form");
        centreOptions.forEach(option -> knownCentres.put(option.id(), option));
        configureFields();
        bindFields();

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        add(username, displayName, email, language, role, centres, password, passwordRepeat, active,
                new HorizontalLayout(save, cancel));
        setColspan(centres, 2);
    }

    private void configureFields() {
        username.setLabel(getTranslation("staff.username"));
        username.setHelperText(getTranslation("staff.username.helper"));
        username.setMaxLength(60);
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("staff.display-name"));
        displayName.setMaxLength(120);
        displayName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("staff.email"));
        email.setMaxLength(254);

        language.setLabel(getTranslation("staff.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(StaffForm::languageName);

        role.setLabel(getTranslation("staff.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.addValueChangeListener(e -> showCentresFor(e.getValue()));

        centres.setLabel(getTranslation("staff.centres"));
        centres.setHelperText(getTranslation("staff.centres.helper"));
        centres.setItemLabelGenerator(CentreOption::label);
        centres.setItems(knownCentres.values());
        centres.setRequiredIndicatorVisible(true);

        active.setLabel(getTranslation("staff.active"));

        password.setLabel(getTranslation("staff.password"));
        password.setHelperText(getTranslation("staff.password.helper", StaffService.MIN_PASSWORD_LENGTH));
        password.setRequiredIndicatorVisible(true);
        passwordRepeat.setLabel(getTranslation("staff.password.repeat"));
        passwordRepeat.setRequiredIndicatorVisible(true);
    }

    private void bindFields() {
        binder.forField(username)
                .asRequired(getTranslation("staff.username.required"))
                // Sign-in ignores case and surrounding spaces, so the stored name is kept that way too.
                .withConverter(v -> v.strip().toLowerCase(Locale.ROOT), v -> v)
                .withValidator(v -> v.matches(StaffData.USERNAME_PATTERN), getTranslation("staff.username.format"))
                .bind(m -> m.username, (m, v) -> m.username = v);
        binder.forField(displayName)
                .withValidator(v -> !v.isBlank(), getTranslation("staff.display-name.required"))
                .withValidator(v -> v.strip().length() <= 120, getTranslation("staff.display-name.size"))
                .bind(m -> m.displayName, (m, v) -> m.displayName = v);
        binder.forField(email)
                .withConverter(String::strip, v -> v)
                .withValidator(new EmailValidator(getTranslation("staff.email.format"), true))
                .withValidator(v -> v.length() <= 254, getTranslation("staff.email.format"))
                .bind(m -> m.email, (m, v) -> m.email = v);
        binder.forField(language).asRequired(getTranslation("staff.language.required"))
                .bind(m -> m.language, (m, v) -> m.language = v);
        binder.forField(role).asRequired(getTranslation("staff.role.required"))
                .bind(m -> m.role, (m, v) -> m.role = v);
        centresBinding = binder.forField(centres)
                .withValidator((v, context) -> role.getValue() == null || role.getValue().seesAllCentres() || !v.isEmpty()
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("staff.centres.required")))
                .bind(m -> m.centres, (m, v) -> m.centres = v);
        binder.forField(active).bind(m -> m.active, (m, v) -> m.active = v);
        binder.forField(password)
                .withValidator(v -> !creating || v.length() >= StaffService.MIN_PASSWORD_LENGTH,
                        getTranslation("staff.password.too-short", StaffService.MIN_PASSWORD_LENGTH))
                .bind(m -> m.password, (m, v) -> m.password = v);
        binder.forField(passwordRepeat)
                .withValidator(v -> !creating || v.equals(password.getValue()), getTranslation("staff.password.mismatch"))
                .bind(m -> m.passwordRepeat, (m, v) -> m.passwordRepeat = v);
    }

    /**
     * Shows the account in the form. A new account also gets an initial password. On their own account an
     * administrator cannot change role or deactivate it (the service refuses too), so those fields are locked.
     */
    void edit(StaffData data, boolean isNew, boolean ownAccount) {
        creating = isNew;
        model = Model.from(data, this::centreOption);
        centres.setItems(centreOptionsIncluding(model.centres));
        binder.readBean(model);
        username.setReadOnly(!isNew);
        password.setVisible(isNew);
        passwordRepeat.setVisible(isNew);
        role.setReadOnly(ownAccount);
        active.setReadOnly(ownAccount);
        role.setHelperText(ownAccount ? getTranslation("staff.self.helper") : null);
        showCentresFor(data.role());
    }

    /** Shows a refusal from the service next to the field it concerns. */
    void showUsernameError(String message) {
        username.setInvalid(true);
        username.setErrorMessage(message);
    }

    void showPasswordError(String message) {
        password.setInvalid(true);
        password.setErrorMessage(message);
    }

    private void showCentresFor(Role selected) {
        boolean needsCentres = selected != null && !selected.seesAllCentres();
        if (!needsCentres) {
            // Administrators and the secretariat see every centre; a leftover choice would only mislead.
            centres.clear();
        }
        centres.setVisible(needsCentres);
        if (centres.isInvalid()) {
            centresBinding.validate();
        }
    }

    /** An account may point at a centre the selector no longer offers (deactivated); keep it visible. */
    private CentreOption centreOption(long id) {
        return knownCentres.getOrDefault(id, new CentreOption(id, "#" + id, getTranslation("staff.centre.unavailable")));
    }

    private List<CentreOption> centreOptionsIncluding(Set<CentreOption> selected) {
        List<CentreOption> options = new ArrayList<>(knownCentres.values());
        selected.stream().filter(option -> !knownCentres.containsKey(option.id())).forEach(options::add);
        return options;
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(model)) {
            fireEvent(new SaveEvent(this, model.toData(), creating ? model.password : null));
        }
    }

    static String languageName(String language) {
        return Translations.nameOf(Locale.forLanguageTag(language));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<StaffForm> {
        private final StaffData data;
        private final String initialPassword;

        SaveEvent(StaffForm source, StaffData data, String initialPassword) {
            super(source, false);
            this.data = data;
            this.initialPassword = initialPassword;
        }

        StaffData data() {
            return data;
        }

        /** The password a new account starts with; null when an existing account was edited. */
        String initialPassword() {
            return initialPassword;
        }
    }

    static final class CancelEvent extends ComponentEvent<StaffForm> {
        CancelEvent(StaffForm source) {
            super(source, false);
        }
    }

    /** The form's working copy; Binder needs mutable fields, services take records. */
    static final class Model {
        String username = "";
        String displayName = "";
        String email = "";
        String language = "es";
        Role role;
        Set<CentreOption> centres = Set.of();
        boolean active = true;
        String password = "";
        String passwordRepeat = "";
        long version;

        static Model from(StaffData data, LongFunction<CentreOption> centre) {
            Model model = new Model();
            model.username = data.username() == null ? "" : data.username();
            model.displayName = data.displayName() == null ? "" : data.displayName();
            model.email = data.email() == null ? "" : data.email();
            model.language = data.preferredLanguage();
            model.role = data.role();
            model.centres = data.centreIds().stream().map(centre::apply).collect(Collectors.toSet());
            model.active = data.active();
            model.version = data.version();
            return model;
        }

        StaffData toData() {
            Set<Long> centreIds = role == null || role.seesAllCentres() ? Set.of()
                    : centres.stream().map(CentreOption::id).collect(Collectors.toSet());
            return new StaffData(username, displayName.strip(), email.isBlank() ? null : email, language, role,
                    centreIds, active, version);
        }
    }
}
