package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;
import org.infoplaza.reporting.MonthReportRow;

/**
 * Asks why a month goes back to its centre. The button stays disabled until a reason is written; the
 * service refuses a blank one anyway. The dialog closes only when the reopening went through.
 */
class ReopenDialog extends Dialog {

    static final int REASON_MAX = 1000;

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReopenDialog(MonthReportRow row, Predicate<String> reopen) {
        setHeaderTitle(getTranslation("monthcycle.reopen.header", row.centreCode()));
        reason.setLabel(getTranslation("monthcycle.reason"));
        reason.setHelperText(getTranslation("monthcycle.reopen.help"));
        reason.setMaxLength(REASON_MAX);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        reason.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        confirm.setText(getTranslation("monthcycle.reopen"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> {
            if (reopen.test(reason.getValue())) {
                close();
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(reason);
        getFooter().add(cancel, confirm);
        setWidth("32rem");
    }
}
