package org.infoplaza.member.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.infoplaza.shared.ui.DateFields;

/**
 * Suspends a member from stations and workshops until a day, with the reason staff give. The service checks
 * the same rules; the dialog only spares the desk a round trip for the obvious ones.
 */
class SuspensionDialog extends Dialog {

    final DatePicker until = DateFields.panamanian(new DatePicker());
    final TextField reason = new TextField();
    final Button confirm = new Button();

    private final Supplier<LocalDate> today;
    private BiConsumer<LocalDate, String> onConfirm = (day, text) -> { };

    SuspensionDialog(Supplier<LocalDate> today) {
        this.today = today;
        setHeaderTitle(getTranslation("member.suspension.title"));
        until.setLabel(getTranslation("member.suspension.until"));
        until.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("member.suspension.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(200);
        reason.setWidthFull();
        confirm.setText(getTranslation("member.suspension.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickShortcut(Key.ENTER).listenOn(this);
        confirm.addClickListener(e -> submit());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        VerticalLayout content = new VerticalLayout(until, reason);
        content.setPadding(false);
        add(content);
        getFooter().add(cancel, confirm);
    }

    void start(BiConsumer<LocalDate, String> onConfirm) {
        this.onConfirm = onConfirm;
        until.setMin(today.get());
        until.setValue(today.get().plusWeeks(1));
        until.setInvalid(false);
        reason.clear();
        reason.setInvalid(false);
        open();
        reason.focus();
    }

    private void submit() {
        boolean valid = true;
        if (until.getValue() == null || until.getValue().isBefore(today.get())) {
            until.setErrorMessage(getTranslation("member.suspension.until.past"));
            until.setInvalid(true);
            valid = false;
        }
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("member.suspension.reason.required"));
            reason.setInvalid(true);
            valid = false;
        }
        if (valid) {
            onConfirm.accept(until.getValue(), reason.getValue().strip());
        }
    }
}
