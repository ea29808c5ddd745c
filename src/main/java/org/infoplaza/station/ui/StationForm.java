package org.infoplaza.station.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationKind;

/**
 * Add or edit one station. Field rules mirror {@link StationData}'s constraints so people see what is
 * wrong next to the field; the service checks them again.
 */
class StationForm extends FormLayout {

    final TextField label = new TextField();
    final Select<StationKind> kind = new Select<>();
    final IntegerField minAge = new IntegerField();
    final IntegerField maxAge = new IntegerField();
    final TextArea notes = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<Model> binder = new Binder<>();
    private Model model = new Model();

    StationForm() {
        addClassName("station-form");
        label.setLabel(getTranslation("station.label"));
        label.setHelperText(getTranslation("station.label.helper"));
        label.setMaxLength(20);
        label.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("station.kind"));
        kind.setItems(StationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("station.kind." + k.name()));
        minAge.setLabel(getTranslation("station.min-age"));
        maxAge.setLabel(getTranslation("station.max-age"));
        minAge.setStepButtonsVisible(true);
        maxAge.setStepButtonsVisible(true);
        notes.setLabel(getTranslation("station.notes"));
        notes.setMaxLength(500);

        binder.forField(label)
                .asRequired(getTranslation("station.label.required"))
                .withValidator(v -> v.strip().matches("[\\p{L}0-9 _-]{1,20}"), getTranslation("station.label.format"))
                .bind(m -> m.label, (m, v) -> m.label = v);
        binder.forField(kind).asRequired(getTranslation("station.kind.required")).bind(m -> m.kind, (m, v) -> m.kind = v);
        binder.forField(minAge)
                .withValidator(v -> v == null || (v >= 0 && v <= 120), getTranslation("station.age.range"))
                .bind(m -> m.minAge, (m, v) -> m.minAge = v);
        binder.forField(maxAge)
                .withValidator(v -> v == null || (v >= 0 && v <= 120), getTranslation("station.age.range"))
                .withValidator((v, context) -> minAge.getValue() == null || v == null || minAge.getValue() <= v
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("station.age.order")))
                .bind(m -> m.maxAge, (m, v) -> m.maxAge = v);
        binder.forField(notes).bind(m -> m.notes, (m, v) -> m.notes = v);
        minAge.addValueChangeListener(e -> binder.validate());

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        add(label, kind, minAge, maxAge, notes, new HorizontalLayout(save, cancel));
        setColspan(notes, 2);
    }

    void edit(StationData data) {
        model = Model.from(data);
        binder.readBean(model);
    }

    /** Shows a refusal from the service next to the field it concerns. */
    void showLabelError(String message) {
        label.setInvalid(true);
        label.setErrorMessage(message);
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(model)) {
            fireEvent(new SaveEvent(this, model.toData()));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<StationForm> {
        private final StationData data;

        SaveEvent(StationForm source, StationData data) {
            super(source, false);
            this.data = data;
        }

        StationData data() {
            return data;
        }
    }

    static final class CancelEvent extends ComponentEvent<StationForm> {
        CancelEvent(StationForm source) {
            super(source, false);
        }
    }

    /** The form's working copy; Binder needs mutable fields, services take records. */
    static final class Model {
        String label;
        StationKind kind = StationKind.DESKTOP;
        Integer minAge;
        Integer maxAge;
        String notes;
        long version;

        static Model from(StationData data) {
            Model model = new Model();
            model.label = data.label();
            model.kind = data.kind();
            model.minAge = data.minAge();
            model.maxAge = data.maxAge();
            model.notes = data.notes();
            model.version = data.version();
            return model;
        }

        StationData toData() {
            return new StationData(label, kind, minAge, maxAge, notes, version);
        }
    }
}
