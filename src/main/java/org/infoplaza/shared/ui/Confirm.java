package org.infoplaza.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** A question before anything that cannot be undone; the destructive button is red, and Escape cancels. */
public final class Confirm {

    private Confirm() {
    }

    public static ConfirmDialog destructive(String header, String text, String confirmLabel, Runnable action) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(confirmLabel);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> action.run());
        dialog.open();
        return dialog;
    }
}
