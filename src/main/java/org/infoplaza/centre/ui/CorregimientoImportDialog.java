package org.infoplaza.centre.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.centre.ReferenceImportSummary;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Notifications;

/**
 * Imports a newer corregimiento file. The file is read and compared first, and the administrator sees what
 * it would add and retire before confirming; a malformed file is refused with the line at fault.
 */
class CorregimientoImportDialog extends Dialog {

    /** A whole country's list is about 30 KB; anything far bigger is not a corregimiento file. */
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    final Upload upload = new Upload();
    final Div summary = new Div();
    final Button confirm = new Button();

    private final GeographyService geography;
    private String fileName;
    private byte[] content;

    CorregimientoImportDialog(GeographyService geography) {
        this.geography = geography;
        addClassName("corregimiento-import-dialog");
        setHeaderTitle(getTranslation("centre.reference.title"));
        setWidth("min(40rem, 95vw)");
        String last = geography.lastImportDate().map(d -> PanamaTime.dateFormat(getLocale()).format(d))
                .orElse(getTranslation("centre.reference.never"));
        add(new Paragraph(getTranslation("centre.reference.help", last)));

        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) ->
                ui.access(() -> preview(metadata.fileName(), bytes))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        add(upload, summary);

        confirm.setText(getTranslation("centre.reference.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> importFile());
        Button close = new Button(getTranslation("centre.close"), e -> close());
        getFooter().add(close, confirm);
    }

    /** Reads the uploaded file and shows what importing it would change; nothing is written yet. */
    void preview(String name, byte[] bytes) {
        summary.removeAll();
        confirm.setEnabled(false);
        Actions.attempt(() -> geography.previewCorregimientos(name, bytes), result -> {
            fileName = name;
            content = bytes;
            show(result);
            confirm.setEnabled(result.outcome() == ReferenceImportSummary.Outcome.PREVIEW);
        });
    }

    private void importFile() {
        Actions.attempt(() -> geography.importCorregimientos(fileName, content), result -> {
            confirm.setEnabled(false);
            show(result);
            Notifications.success(getTranslation(result.outcome() == ReferenceImportSummary.Outcome.IMPORTED
                    ? "centre.reference.imported" : "centre.reference.ignored",
                    PanamaTime.dateFormat(getLocale()).format(result.effectiveDate())));
        });
    }

    private void show(ReferenceImportSummary result) {
        summary.removeAll();
        String date = PanamaTime.dateFormat(getLocale()).format(result.effectiveDate());
        String outcome = switch (result.outcome()) {
            case PREVIEW -> getTranslation("centre.reference.outcome.PREVIEW", date);
            case IMPORTED -> getTranslation("centre.reference.outcome.IMPORTED", date);
            case IGNORED -> getTranslation("centre.reference.outcome.IGNORED", date);
        };
        summary.add(new Paragraph(outcome));
        if (result.outcome() == ReferenceImportSummary.Outcome.IGNORED) {
            return;
        }
        section("centre.reference.districts-added", result.districtsAdded());
        section("centre.reference.added", result.added());
        section("centre.reference.retired", result.retired());
        summary.add(new Paragraph(getTranslation("centre.reference.unchanged", result.unchanged())));
    }

    private void section(String key, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        summary.add(new H3(getTranslation(key, names.size())));
        UnorderedList list = new UnorderedList();
        names.forEach(name -> list.add(new ListItem(name)));
        summary.add(list);
    }
}
