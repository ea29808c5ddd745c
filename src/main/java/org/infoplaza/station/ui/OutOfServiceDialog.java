package org.infoplaza.station.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;

/** Asks why a station is going out of service; the reason is required and shown in the grid. */
class OutOfServiceDialog extends Dialog {

    final TextField reason = new TextField();
    final Button confirm = new Button();

    /** {@code action} returns whether the service accepted the reason; the dialog closes only then. */
    OutOfServiceDialog(String stationLabel, Predicate<String> action) {
        setHeaderTitle(getTranslation("station.out-of-service.title", stationLabel));
        reason.setLabel(getTranslation("station.out-of-service.reason"));
        reason.setPlaceholder(getTranslation("station.out-of-service.reason.placeholder"));
        reason.setMaxLength(200);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        add(reason);

        confirm.setText(getTranslation("station.action.take-out"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER).listenOn(this);
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("station.out-of-service.reason.required"));
            } else if (action.test(reason.getValue())) {
                close();
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> reason.focus());
    }
}
