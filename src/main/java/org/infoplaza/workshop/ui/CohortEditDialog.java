package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.infoplaza.shared.ui.DateFields;
import org.infoplaza.staff.StaffOption;
import org.infoplaza.workshop.CohortData;
import org.infoplaza.workshop.CohortDetails;

/**
 * Edits a cohort's own fields: name, capacity, enrolment window and who runs it. The course, centre and
 * sessions stay; a larger capacity lets people in from the waitlist, which the service does at once.
 */
class CohortEditDialog extends Dialog {

    final TextField name = new TextField();
    final IntegerField capacity = new IntegerField();
    final DatePicker enrolmentOpens = new DatePicker();
    final DatePicker enrolmentCloses = new DatePicker();
    final MultiSelectComboBox<StaffOption> facilitators = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<Model> binder = new Binder<>();

    CohortEditDialog(CohortDetails cohort, List<StaffOption> facilitatorOptions, jakarta.validation.Validator validator,
            Predicate<CohortData> onSave) {
        addClassName("cohort-edit-dialog");
        setHeaderTitle(getTranslation("cohorts.edit.title", cohort.name()));
        setWidth("min(40rem, 95vw)");
        name.setLabel(getTranslation("cohorts.name"));
        name.setMaxLength(120);
        capacity.setLabel(getTranslation("cohorts.capacity"));
        capacity.setStepButtonsVisible(true);
        enrolmentOpens.setLabel(getTranslation("cohorts.enrolment-opens"));
        enrolmentCloses.setLabel(getTranslation("cohorts.enrolment-closes"));
        DateFields.panamanian(enrolmentOpens);
        DateFields.panamanian(enrolmentCloses);
        facilitators.setLabel(getTranslation("cohorts.facilitators"));
        facilitators.setItemLabelGenerator(StaffOption::displayName);
        // Current facilitators stay choosable even if they no longer work at the centre, so they can be removed.
        Set<StaffOption> current = Set.copyOf(cohort.facilitators());
        List<StaffOption> options = new ArrayList<>(facilitatorOptions);
        current.stream().filter(f -> !options.contains(f)).forEach(options::add);
        facilitators.setItems(options);
        bind(validator);
        Model model = new Model();
        model.name = cohort.name();
        model.capacity = cohort.capacity();
        model.enrolmentOpens = cohort.enrolmentOpens();
        model.enrolmentCloses = cohort.enrolmentCloses();
        model.facilitators = current;
        binder.readBean(model);
        FormLayout form = new FormLayout(name, capacity, enrolmentOpens, enrolmentCloses, facilitators);
        form.setColspan(name, 2);
        form.setColspan(facilitators, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Model edited = new Model();
            if (binder.writeBeanIfValid(edited) && onSave.test(edited.toData(cohort))) {
                close();
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void bind(jakarta.validation.Validator validator) {
        binder.forField(name).withValidator(BeanChecks.of(validator, CohortData.class, "name"))
                .bind(m -> m.name, (m, v) -> m.name = v);
        binder.forField(capacity).asRequired(getTranslation("workshop.cohort.capacity.range"))
                .withValidator(BeanChecks.of(validator, CohortData.class, "capacity"))
                .bind(m -> m.capacity, (m, v) -> m.capacity = v);
        binder.forField(enrolmentOpens).asRequired(getTranslation("workshop.cohort.window.required"))
                .bind(m -> m.enrolmentOpens, (m, v) -> m.enrolmentOpens = v);
        binder.forField(enrolmentCloses).asRequired(getTranslation("workshop.cohort.window.required"))
                .withValidator((v, c) -> enrolmentOpens.getValue() == null || !v.isBefore(enrolmentOpens.getValue())
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("workshop.cohort.window.order")))
                .bind(m -> m.enrolmentCloses, (m, v) -> m.enrolmentCloses = v);
        binder.forField(facilitators)
                .withValidator((v, c) -> !v.isEmpty() ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("workshop.cohort.facilitator.required")))
                .bind(m -> m.facilitators, (m, v) -> m.facilitators = v);
    }

    /** The dialog's working copy. */
    static final class Model {
        String name;
        Integer capacity;
        LocalDate enrolmentOpens;
        LocalDate enrolmentCloses;
        Set<StaffOption> facilitators = Set.of();

        CohortData toData(CohortDetails cohort) {
            return new CohortData(cohort.course().id(), cohort.centreId(), name == null ? null : name.strip(),
                    capacity, enrolmentOpens, enrolmentCloses,
                    facilitators.stream().map(StaffOption::id).collect(Collectors.toSet()), cohort.version());
        }
    }
}
