package org.infoplaza.staff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.BiPredicate;
import org.infoplaza.staff.StaffService;

/**
 * An administrator gives someone a new password, typically when they forgot theirs. Typed twice, since
 * nobody can see it afterwards. Unless the administrator unticks it, the person must replace it with one of
 * their own at the next sign-in, before reaching any other page.
 */
class SetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Checkbox mustChange = new Checkbox(true);
    final Button confirm = new Button();

    /**
     * {@code action} gets the password and whether it must be changed at the next sign-in, and returns
     * whether the service accepted it; the dialog closes only then.
     */
    SetPasswordDialog(String username, BiPredicate<String, Boolean> action) {
        setHeaderTitle(getTranslation("staff.set-password.title", username));
        password.setLabel(getTranslation("staff.password.new"));
        password.setHelperText(getTranslation("staff.password.helper", StaffService.MIN_PASSWORD_LENGTH));
        password.setRequiredIndicatorVisible(true);
        repeat.setLabel(getTranslation("staff.password.repeat"));
        repeat.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        repeat.setWidthFull();
        mustChange.setLabel(getTranslation("staff.set-password.must-change"));
        VerticalLayout fields = new VerticalLayout(password, repeat, mustChange);
        fields.setPadding(false);
        add(fields);

        confirm.setText(getTranslation("staff.action.set-password"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER).listenOn(this);
        confirm.addClickListener(e -> {
            if (isValid() && action.test(password.getValue(), mustChange.getValue())) {
                close();
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> password.focus());
    }

    private boolean isValid() {
        boolean longEnough = password.getValue().length() >= StaffService.MIN_PASSWORD_LENGTH;
        password.setInvalid(!longEnough);
        password.setErrorMessage(longEnough ? null
                : getTranslation("staff.password.too-short", StaffService.MIN_PASSWORD_LENGTH));
        boolean same = repeat.getValue().equals(password.getValue());
        repeat.setInvalid(!same);
        repeat.setErrorMessage(same ? null : getTranslation("staff.password.mismatch"));
        return longEnough && same;
    }
}
