package org.infoplaza.station.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationSeries;

/**
 * Add a numbered series of stations (PC-01 … PC-10) with one kind and one age range. A line under the fields
 * shows the labels the series will create, so a typo is seen before saving. Field rules mirror
 * {@link StationSeries}; the service checks them again, and refuses the whole series when a label is taken.
 */
class StationSeriesForm extends FormLayout {

    final TextField prefix = new TextField();
    final IntegerField from = new IntegerField();
    final IntegerField to = new IntegerField();
    final Select<StationKind> kind = new Select<>();
    final IntegerField minAge = new IntegerField();
    final IntegerField maxAge = new IntegerField();
    final Span preview = new Span();
    final Span error = new Span();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<Model> binder = new Binder<>();
    private Model model = new Model();

    StationSeriesForm() {
        addClassName("station-series-form");
        prefix.setLabel(getTranslation("station.series.prefix"));
        prefix.setHelperText(getTranslation("station.series.prefix.helper"));
        prefix.setMaxLength(16);
        prefix.setRequiredIndicatorVisible(true);
        prefix.setValueChangeMode(ValueChangeMode.EAGER);
        from.setLabel(getTranslation("station.series.from"));
        to.setLabel(getTranslation("station.series.to"));
        for (IntegerField number : List.of(from, to)) {
            number.setMin(0);
            number.setMax(999);
            number.setStepButtonsVisible(true);
            number.setRequiredIndicatorVisible(true);
            number.setValueChangeMode(ValueChangeMode.EAGER);
        }
        kind.setLabel(getTranslation("station.kind"));
        kind.setItems(StationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("station.kind." + k.name()));
        minAge.setLabel(getTranslation("station.min-age"));
        maxAge.setLabel(getTranslation("station.max-age"));
        minAge.setStepButtonsVisible(true);
        maxAge.setStepButtonsVisible(true);

        binder.forField(prefix)
                .asRequired(getTranslation("station.series.prefix.required"))
                .withValidator(v -> v.strip().matches("[\\p{L}0-9 _-]{1,16}"), getTranslation("station.series.prefix.format"))
                .bind(m -> m.prefix, (m, v) -> m.prefix = v);
        binder.forField(from)
                .asRequired(getTranslation("station.series.number.required"))
                .withValidator(v -> v >= 0 && v <= 999, getTranslation("station.series.number.range"))
                .bind(m -> m.from, (m, v) -> m.from = v);
        binder.forField(to)
                .asRequired(getTranslation("station.series.number.required"))
                .withValidator(v -> v >= 0 && v <= 999, getTranslation("station.series.number.range"))
                .withValidator((v, context) -> from.getValue() == null || from.getValue() <= v
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("station.series.order")))
                .withValidator((v, context) -> from.getValue() == null || v - from.getValue() < StationSeries.MAX_SIZE
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("station.series.size")))
                .bind(m -> m.to, (m, v) -> m.to = v);
        binder.forField(kind).asRequired(getTranslation("station.kind.required")).bind(m -> m.kind, (m, v) -> m.kind = v);
        binder.forField(minAge)
                .withValidator(v -> v == null || (v >= 0 && v <= 120), getTranslation("station.age.range"))
                .bind(m -> m.minAge, (m, v) -> m.minAge = v);
        binder.forField(maxAge)
                .withValidator(v -> v == null || (v >= 0 && v <= 120), getTranslation("station.age.range"))
                .withValidator((v, context) -> minAge.getValue() == null || v == null || minAge.getValue() <= v
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("station.age.order")))
                .bind(m -> m.maxAge, (m, v) -> m.maxAge = v);
        prefix.addValueChangeListener(e -> showPreview());
        from.addValueChangeListener(e -> showPreview());
        to.addValueChangeListener(e -> showPreview());

        preview.addClassName("station-series-preview");
        error.addClassName("station-series-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        save.setText(getTranslation("station.series.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter saves only while the focus is in this form, never from elsewhere on the page.
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        Span help = new Span(getTranslation("station.series.help"));
        help.addClassName("station-series-help");
        Span applies = new Span(getTranslation("station.series.applies"));
        applies.addClassName("station-series-help");
        // Two columns even in a narrow dialog: "from" beside "to", minimum age beside maximum.
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("20em", 2));
        add(help, prefix, from, to, preview, applies, kind, minAge, maxAge, error, new HorizontalLayout(save, cancel));
        for (var wide : List.of(help, prefix, preview, applies, kind, error)) {
            setColspan(wide, 2);
        }
    }

    /** A new series numbered from {@code firstNumber}, ten stations long. */
    void edit(int firstNumber) {
        model = new Model();
        model.from = Math.min(firstNumber, 999);
        model.to = Math.min(firstNumber + 9, 999);
        binder.readBean(model);
        error.setVisible(false);
        showPreview();
    }

    /** Shows the service's refusal (labels already taken) above the buttons, where the eye is. */
    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void showPreview() {
        List<String> labels = current().labels();
        error.setVisible(false);
        if (labels.isEmpty() || labels.size() > StationSeries.MAX_SIZE) {
            preview.setText("");
        } else if (labels.size() == 1) {
            preview.setText(getTranslation("station.series.preview.one", labels.getFirst()));
        } else {
            preview.setText(getTranslation("station.series.preview", labels.size(), labels.getFirst(), labels.getLast()));
        }
    }

    private StationSeries current() {
        String typed = prefix.getValue();
        return new StationSeries(typed == null || typed.isBlank() ? null : typed, from.getValue(), to.getValue(),
                kind.getValue(), minAge.getValue(), maxAge.getValue());
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(model)) {
            fireEvent(new SaveEvent(this, model.toSeries()));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<StationSeriesForm> {
        private final StationSeries series;

        SaveEvent(StationSeriesForm source, StationSeries series) {
            super(source, false);
            this.series = series;
        }

        StationSeries series() {
            return series;
        }
    }

    static final class CancelEvent extends ComponentEvent<StationSeriesForm> {
        CancelEvent(StationSeriesForm source) {
            super(source, false);
        }
    }

    /** The form's working copy; Binder needs mutable fields, services take records. */
    static final class Model {
        String prefix = "PC-";
        Integer from = 1;
        Integer to = 10;
        StationKind kind = StationKind.DESKTOP;
        Integer minAge;
        Integer maxAge;

        StationSeries toSeries() {
            return new StationSeries(prefix, from, to, kind, minAge, maxAge);
        }
    }
}
