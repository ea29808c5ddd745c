package org.infoplaza.centre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureData;
import org.infoplaza.centre.ClosureDetails;
import org.infoplaza.centre.ClosureKind;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.DateFields;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Notifications;

/**
 * The closures of one centre from today on. Administrators add one (a holiday or a one-off closure, with the
 * reason people will be told) and remove one after confirming; others only read the list.
 */
class ClosuresDialog extends Dialog {

    final Grid<ClosureDetails> grid = new Grid<>();
    final DatePicker firstDay = new DatePicker();
    final DatePicker lastDay = new DatePicker();
    final Select<ClosureKind> kind = new Select<>();
    final TextField reason = new TextField();
    final Button add = new Button();

    private final CentreService centres;
    private final long centreId;
    private final boolean editable;
    private final Binder<Model> binder = new Binder<>();
    private final DateTimeFormatter dateFormat;

    ClosuresDialog(CentreService centres, long centreId, String centreName, boolean editable) {
        this.centres = centres;
        this.centreId = centreId;
        this.editable = editable;
        this.dateFormat = PanamaTime.dateFormat(getLocale());
        addClassName("closures-dialog");
        setHeaderTitle(getTranslation("closure.title", centreName));
        setWidth("min(48rem, 95vw)");
        add(new Paragraph(getTranslation("closure.helper")), createGrid());
        if (editable) {
            add(createAddForm());
        }
        Button close = new Button(getTranslation("centre.close"), e -> close());
        getFooter().add(close);
    }

    /** Opens the dialog with the closures as they are now. */
    void show() {
        reload();
        open();
    }

    private Component createGrid() {
        grid.addClassName("closures-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(this::dates).setHeader(getTranslation("closure.dates")).setKey("dates").setAutoWidth(true);
        grid.addColumn(c -> getTranslation("closure.kind." + c.kind().name())).setHeader(getTranslation("closure.kind"))
                .setKey("kind").setAutoWidth(true);
        grid.addColumn(ClosureDetails::reason).setHeader(getTranslation("closure.reason")).setKey("reason")
                .setFlexGrow(1);
        if (editable) {
            grid.addComponentColumn(this::removeButton).setHeader(getTranslation("grid.actions"))
                    .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("closure.empty"));
        return grid;
    }

    private Component removeButton(ClosureDetails closure) {
        Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> confirmRemove(closure));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("closure.remove.on", dates(closure)));
        remove.setTooltipText(getTranslation("closure.remove"));
        return remove;
    }

    private Component createAddForm() {
        configureAddFields();
        bindAddForm();
        add.setText(getTranslation("closure.add"));
        add.setIcon(new Icon(VaadinIcon.PLUS));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addClosure());

        FormLayout form = new FormLayout(firstDay, lastDay, kind, reason, add);
        form.setColspan(reason, 2);
        return form;
    }

    private void configureAddFields() {
        firstDay.setLabel(getTranslation("closure.first-day"));
        DateFields.panamanian(firstDay);
        firstDay.setI18n(firstDay.getI18n().setMinErrorMessage(getTranslation("closure.order")));
        firstDay.setRequiredIndicatorVisible(true);
        lastDay.setLabel(getTranslation("closure.last-day"));
        DateFields.panamanian(lastDay);
        lastDay.setI18n(lastDay.getI18n().setMinErrorMessage(getTranslation("closure.order")));
        lastDay.setRequiredIndicatorVisible(true);
        // A one-day closure is the usual case: the last day follows the first until someone changes it.
        firstDay.addValueChangeListener(e -> {
            LocalDate first = e.getValue();
            lastDay.setMin(first);
            if (first != null && (lastDay.getValue() == null || lastDay.getValue().isBefore(first)
                    || lastDay.getValue().equals(e.getOldValue()))) {
                lastDay.setValue(first);
            }
        });
        kind.setLabel(getTranslation("closure.kind"));
        kind.setItems(ClosureKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("closure.kind." + k.name()));
        reason.setLabel(getTranslation("closure.reason"));
        reason.setPlaceholder(getTranslation("closure.reason.placeholder"));
        reason.setMaxLength(200);
        reason.setRequiredIndicatorVisible(true);
    }

    private void bindAddForm() {
        binder.forField(firstDay)
                .asRequired(getTranslation("closure.first-day.required"))
                .bind(m -> m.firstDay, (m, v) -> m.firstDay = v);
        binder.forField(lastDay)
                .asRequired(getTranslation("closure.last-day.required"))
                .withValidator(v -> firstDay.getValue() == null || !v.isBefore(firstDay.getValue()),
                        getTranslation("closure.order"))
                .bind(m -> m.lastDay, (m, v) -> m.lastDay = v);
        binder.forField(kind)
                .asRequired(getTranslation("closure.kind.required"))
                .bind(m -> m.kind, (m, v) -> m.kind = v);
        binder.forField(reason)
                .withValidator(v -> !v.isBlank(), getTranslation("closure.reason.required"))
                .withValidator(v -> v.strip().length() <= 200, getTranslation("closure.reason.size"))
                .bind(m -> m.reason, (m, v) -> m.reason = v);
        binder.readBean(new Model());
    }

    private void addClosure() {
        Model model = new Model();
        if (!binder.writeBeanIfValid(model)) {
            return;
        }
        Actions.attempt(() -> centres.addClosure(centreId, model.toData()), added -> {
            Notifications.success(getTranslation("closure.added", dates(added)));
            binder.readBean(new Model());
            reload();
        });
    }

    private void confirmRemove(ClosureDetails closure) {
        Confirm.destructive(getTranslation("closure.remove.title", dates(closure)),
                getTranslation("closure.remove.text"), getTranslation("closure.remove"),
                () -> Actions.attempt(() -> centres.removeClosure(centreId, closure.id()), () -> {
                    Notifications.success(getTranslation("closure.removed", dates(closure)));
                    reload();
                }));
    }

    private void reload() {
        Actions.attempt(() -> centres.upcomingClosures(centreId), closures -> grid.setItems(closures));
    }

    private String dates(ClosureDetails closure) {
        return closure.firstDay().equals(closure.lastDay()) ? dateFormat.format(closure.firstDay())
                : dateFormat.format(closure.firstDay()) + " – " + dateFormat.format(closure.lastDay());
    }

    /** The add form's working copy. */
    static final class Model {
        LocalDate firstDay;
        LocalDate lastDay;
        ClosureKind kind = ClosureKind.HOLIDAY;
        String reason = "";

        ClosureData toData() {
            return new ClosureData(firstDay, lastDay, kind, reason.strip());
        }
    }
}
