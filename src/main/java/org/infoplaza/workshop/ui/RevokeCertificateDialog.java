package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.infoplaza.workshop.CertificateDetails;

/**
 * Asks for the reason before a certificate is revoked and says what revoking means; the red button is the
 * confirmation. The service checks the reason again.
 */
class RevokeCertificateDialog extends Dialog {

    static final int MAX_REASON = 300;

    final Paragraph explanation = new Paragraph();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    private Consumer<String> onConfirm = text -> { };

    RevokeCertificateDialog() {
        setWidth("min(32rem, 95vw)");
        explanation.setText(getTranslation("certificates.revoke.text"));
        reason.setLabel(getTranslation("certificates.revoke.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(MAX_REASON);
        reason.setWidthFull();
        confirm.setText(getTranslation("certificates.revoke"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> submit());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        VerticalLayout content = new VerticalLayout(explanation, reason);
        content.setPadding(false);
        add(content);
        getFooter().add(cancel, confirm);
    }

    void start(CertificateDetails certificate, Consumer<String> onConfirm) {
        this.onConfirm = onConfirm;
        setHeaderTitle(getTranslation("certificates.revoke.title", certificate.code()));
        reason.clear();
        reason.setInvalid(false);
        open();
        reason.focus();
    }

    private void submit() {
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("certificates.revoke.reason.required"));
            reason.setInvalid(true);
            return;
        }
        onConfirm.accept(reason.getValue().strip());
    }
}
