package org.infoplaza.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.Translations;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.staff.DisplayPreferences;
import org.infoplaza.staff.StaffDetails;
import org.infoplaza.staff.StaffService;

/**
 * "My account": every staff member sees who they are signed in as, changes their own password (proving they
 * know the current one) and picks the language the application opens in. Someone whose password was chosen
 * by someone else is sent here from every page ({@link PasswordChangeGuard}) and told to set their own
 * first; once it is saved, they go on to the start page.
 */
@Route("account")
@Menu(order = 90, title = "nav.account", icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph identity = new Paragraph();
    final Paragraph mustChange = new Paragraph();
    final Select<String> language = new Select<>();
    final Checkbox largeText = new Checkbox();
    final Checkbox highContrast = new Checkbox();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button changePassword = new Button();

    private final StaffService staff;
    private final String username;
    private boolean forced;

    AccountView(StaffService staff) {
        this.staff = staff;
        addClassName("account-view");
        StaffDetails me = staff.ownAccount();
        this.username = me.username();
        this.forced = me.mustChangePassword();
        mustChange.setText(getTranslation("staff.account.password.must-change"));
        mustChange.addClassName("password-change-required");
        mustChange.getElement().setAttribute("role", "alert");
        mustChange.setVisible(forced);
        add(mustChange, createIdentity(me), createLanguage(me), createDisplay(staff.ownDisplay()),
                createPasswordChange());
        if (forced) {
            currentPassword.focus();
        }
    }

    private Component createIdentity(StaffDetails me) {
        identity.setText(getTranslation("staff.account.identity", me.username(), getTranslation("role." + me.role().name())));
        VerticalLayout section = new VerticalLayout(new H2(me.displayName()), identity);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private Component createLanguage(StaffDetails me) {
        language.setLabel(getTranslation("staff.language"));
        language.setHelperText(getTranslation("staff.account.language.helper"));
        language.setWidth("24rem");
        language.setMaxWidth("100%");
        language.setItems(StaffForm.LANGUAGES);
        language.setItemLabelGenerator(StaffForm::languageName);
        language.setValue(me.preferredLanguage());
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Actions.attempt(() -> staff.changeOwnLanguage(e.getValue()), saved -> switchTo(saved.preferredLanguage()));
            }
        });
        return language;
    }

    /** Larger text and stronger contrast: kept on the account, applied at once and on every page opened later. */
    private Component createDisplay(DisplayPreferences mine) {
        largeText.setLabel(getTranslation("staff.account.display.large-text"));
        largeText.setHelperText(getTranslation("staff.account.display.large-text.helper"));
        largeText.setValue(mine.largeText());
        highContrast.setLabel(getTranslation("staff.account.display.high-contrast"));
        highContrast.setHelperText(getTranslation("staff.account.display.high-contrast.helper"));
        highContrast.setValue(mine.highContrast());
        largeText.addValueChangeListener(e -> saveDisplay(e.isFromClient()));
        highContrast.addValueChangeListener(e -> saveDisplay(e.isFromClient()));
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("staff.account.display.title")), largeText,
                highContrast);
        section.setPadding(false);
        section.addClassName("account-display");
        return section;
    }

    private void saveDisplay(boolean fromClient) {
        if (fromClient) {
            Actions.attempt(() -> staff.changeOwnDisplay(new DisplayPreferences(largeText.getValue(), highContrast.getValue())),
                    saved -> {
                        DisplayLook.apply(UI.getCurrent(), saved);
                        Notifications.success(getTranslation("staff.account.display.saved"));
                    });
        }
    }

    /** The choice applies now as well as at the next sign-in, as the header's language switch would. */
    private static void switchTo(String languageTag) {
        Locale locale = Translations.supported(Locale.forLanguageTag(languageTag));
        VaadinSession.getCurrent().setAttribute(Translations.CHOSEN_LOCALE, locale);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    private Component createPasswordChange() {
        currentPassword.setLabel(getTranslation("staff.password.current"));
        newPassword.setLabel(getTranslation("staff.password.new"));
        newPassword.setHelperText(getTranslation("staff.password.helper", StaffService.MIN_PASSWORD_LENGTH));
        repeatPassword.setLabel(getTranslation("staff.password.repeat"));
        changePassword.setText(getTranslation("staff.account.password.change"));
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> changePassword());

        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24rem");
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("staff.account.password.title")), form,
                changePassword);
        section.setPadding(false);
        return section;
    }

    private void changePassword() {
        if (!passwordsValid()) {
            return;
        }
        try {
            staff.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            Notifications.success(getTranslation("staff.account.password.changed"));
            if (forced) {
                forced = false;
                mustChange.setVisible(false);
                PasswordChangeGuard.cleared(VaadinSession.getCurrent(), username);
                UI.getCurrent().navigate("");
            }
        } catch (DomainException refusal) {
            String message = getTranslation(refusal.messageKey(), refusal.arguments());
            switch (refusal.messageKey()) {
                case "staff.password.current-wrong" -> showError(currentPassword, message);
                case "staff.password.too-short", "staff.password.contains-username", "staff.password.common" -> showError(newPassword, message);
                default -> Notifications.refused(refusal);
            }
        }
    }

    private boolean passwordsValid() {
        boolean ok = true;
        if (currentPassword.getValue().isEmpty()) {
            ok = showError(currentPassword, getTranslation("staff.password.current.required"));
        } else {
            currentPassword.setInvalid(false);
        }
        if (newPassword.getValue().length() < StaffService.MIN_PASSWORD_LENGTH) {
            ok = showError(newPassword, getTranslation("staff.password.too-short", StaffService.MIN_PASSWORD_LENGTH));
        } else {
            newPassword.setInvalid(false);
        }
        if (!repeatPassword.getValue().equals(newPassword.getValue())) {
            ok = showError(repeatPassword, getTranslation("staff.password.mismatch"));
        } else {
            repeatPassword.setInvalid(false);
        }
        return ok;
    }

    /** Marks the field and returns false, so validation reads as a list of checks. */
    private static boolean showError(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account");
    }
}
