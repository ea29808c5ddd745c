package org.infoplaza.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.shared.PanamaTime;

/**
 * "Is this person already registered?": lists the suspected members; staff open the existing one or
 * confirm that this is somebody else.
 */
class DuplicateDialog extends Dialog {

    final Grid<MemberSummary> candidates = new Grid<>();
    final Button openExisting = new Button();
    final Button registerAnyway = new Button();

    private Consumer<MemberSummary> onOpen = m -> { };
    private Runnable onRegisterAnyway = () -> { };

    DuplicateDialog() {
        setHeaderTitle(getTranslation("member.duplicate.title"));
        setWidth("min(44rem, 95vw)");
        Locale locale = getLocale();
        candidates.addColumn(MemberSummary::memberNumber).setHeader(getTranslation("member.number")).setAutoWidth(true);
        candidates.addColumn(MemberSummary::fullName).setHeader(getTranslation("member.name")).setFlexGrow(1);
        candidates.addColumn(m -> PanamaTime.dateFormat(locale).format(m.dateOfBirth()))
                .setHeader(getTranslation("member.birth-date")).setAutoWidth(true);
        candidates.setAllRowsVisible(true);
        candidates.addSelectionListener(e -> openExisting.setEnabled(e.getFirstSelectedItem().isPresent()));
        openExisting.setText(getTranslation("member.duplicate.open"));
        openExisting.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openExisting.addClickListener(e -> candidates.getSelectedItems().stream().findFirst().ifPresent(m -> {
            close();
            onOpen.accept(m);
        }));
        registerAnyway.setText(getTranslation("member.duplicate.register-anyway"));
        registerAnyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        registerAnyway.addClickListener(e -> {
            close();
            onRegisterAnyway.run();
        });
        add(new Paragraph(getTranslation("member.duplicate.text")), candidates);
        getFooter().add(registerAnyway, openExisting);
    }

    void show(List<MemberSummary> suspected, Consumer<MemberSummary> open, Runnable anyway) {
        this.onOpen = open;
        this.onRegisterAnyway = anyway;
        candidates.setItems(suspected);
        candidates.select(suspected.getFirst());
        open();
    }
}
