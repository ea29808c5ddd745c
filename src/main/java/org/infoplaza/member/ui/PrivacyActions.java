package org.infoplaza.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;
import org.infoplaza.member.MemberPrivacy;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Notifications;

/**
 * The data-protection actions on one member, to mount wherever the member is shown: download all their data
 * as JSON or PDF (access and portability), and, for administrators only, anonymise them after a confirmation
 * that says what will be lost. The service checks the role and the centre again; hiding the button is a
 * courtesy, not the security.
 */
class PrivacyActions extends HorizontalLayout {

    final Anchor exportJson;
    final Anchor exportPdf;
    final Button anonymise = new Button();
    ConfirmDialog confirmation;

    private final long memberId;
    private final String memberNumber;
    private final MemberPrivacy privacy;
    private final Runnable onAnonymised;

    PrivacyActions(long memberId, String memberNumber, MemberPrivacy privacy, CurrentUser currentUser,
            Runnable onAnonymised) {
        this.memberId = memberId;
        this.memberNumber = memberNumber;
        this.privacy = privacy;
        this.onAnonymised = onAnonymised;
        addClassName("privacy-actions");
        setWrap(true);
        setAlignItems(Alignment.BASELINE);
        Locale locale = getLocale();
        exportJson = download("datos-" + memberNumber + ".json", "application/json", "privacy.export.json",
                "privacy.export.json.label", id -> privacy.exportJson(id, locale));
        exportPdf = download("datos-" + memberNumber + ".pdf", "application/pdf", "privacy.export.pdf",
                "privacy.export.pdf.label", id -> privacy.exportPdf(id, locale));
        add(exportJson, exportPdf);
        if (currentUser.hasRole(Role.ADMIN)) {
            anonymise.setText(getTranslation("privacy.anonymise"));
            anonymise.setIcon(new Icon(VaadinIcon.ERASER));
            anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            anonymise.addClickListener(e -> confirmAnonymise());
            add(anonymise);
        }
    }

    private Anchor download(String fileName, String contentType, String textKey, String labelKey,
            Function<Long, byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.apply(memberId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation(textKey));
        link.setDownload(true);
        link.getElement().setAttribute("aria-label", getTranslation(labelKey, memberNumber));
        link.addClassName(textKey.replace('.', '-'));
        return link;
    }

    private void confirmAnonymise() {
        confirmation = Confirm.destructive(getTranslation("privacy.anonymise.title", memberNumber),
                getTranslation("privacy.anonymise.text"), getTranslation("privacy.anonymise"),
                () -> Actions.attempt(() -> privacy.anonymise(memberId), () -> {
                    Notifications.success(getTranslation("privacy.anonymised", memberNumber));
                    onAnonymised.run();
                }));
    }
}
