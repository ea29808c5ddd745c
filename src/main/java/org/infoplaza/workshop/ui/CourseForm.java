package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.math.BigDecimal;
import java.util.List;
import org.infoplaza.workshop.CourseData;
import org.infoplaza.workshop.Track;

/**
 * Create or edit a course of the catalogue. Each field is checked with the rules of {@link CourseData}
 * (Bean Validation, messages from the bundles) as soon as it changes; the questionnaire lines are checked
 * on save. The service checks everything again. Read-only for people who may not edit the catalogue.
 */
class CourseForm extends FormLayout {

    final TextField title = new TextField();
    final Select<Track> track = new Select<>();
    final TextArea description = new TextArea();
    final IntegerField minAge = new IntegerField();
    final IntegerField maxAge = new IntegerField();
    final IntegerField plannedSessions = new IntegerField();
    final BigDecimalField plannedHours = new BigDecimalField();
    final IntegerField completionThreshold = new IntegerField();
    final Checkbox usesComputerRoom = new Checkbox();
    final QuestionList questions = new QuestionList();
    final Button save = new Button();
    final Button cancel = new Button();

    private final jakarta.validation.Validator validator;
    private final Binder<Model> binder = new Binder<>();
    private Model model = new Model();

    CourseForm(jakarta.validation.Validator validator) {
        this.validator = validator;
        addClassName("course-form");
        configureFields();
        bind();
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        add(title, track, description, minAge, maxAge, plannedSessions, plannedHours, completionThreshold,
                usesComputerRoom, questions, new HorizontalLayout(save, cancel));
        setColspan(title, 2);
        setColspan(description, 2);
        setColspan(usesComputerRoom, 2);
        setColspan(questions, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
    }

    private void configureFields() {
        title.setLabel(getTranslation("cohorts.course.title"));
        title.setMaxLength(150);
        title.setRequiredIndicatorVisible(true);
        track.setLabel(getTranslation("cohorts.course.track"));
        track.setItems(Track.values());
        track.setItemLabelGenerator(Labels::track);
        description.setLabel(getTranslation("cohorts.course.description"));
        description.setMaxLength(2000);
        minAge.setLabel(getTranslation("cohorts.course.min-age"));
        maxAge.setLabel(getTranslation("cohorts.course.max-age"));
        plannedSessions.setLabel(getTranslation("cohorts.course.planned-sessions"));
        plannedHours.setLabel(getTranslation("cohorts.course.planned-hours"));
        completionThreshold.setLabel(getTranslation("cohorts.course.threshold"));
        completionThreshold.setHelperText(getTranslation("cohorts.course.threshold.helper"));
        completionThreshold.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        usesComputerRoom.setLabel(getTranslation("cohorts.course.computer-room"));
        for (IntegerField number : List.of(minAge, maxAge, plannedSessions, completionThreshold)) {
            number.setStepButtonsVisible(true);
        }
    }

    private void bind() {
        binder.forField(title)
                .withValidator(BeanChecks.of(validator, CourseData.class, "title"))
                .bind(m -> m.title, (m, v) -> m.title = v);
        binder.forField(track)
                .withValidator(BeanChecks.of(validator, CourseData.class, "track"))
                .bind(m -> m.track, (m, v) -> m.track = v);
        binder.forField(description)
                .withValidator(BeanChecks.of(validator, CourseData.class, "description"))
                .bind(m -> m.description, (m, v) -> m.description = v);
        binder.forField(minAge)
                .withValidator(BeanChecks.of(validator, CourseData.class, "minAge"))
                .bind(m -> m.minAge, (m, v) -> m.minAge = v);
        binder.forField(maxAge)
                .withValidator(BeanChecks.of(validator, CourseData.class, "maxAge"))
                .withValidator((v, context) -> minAge.getValue() == null || v == null || minAge.getValue() <= v
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("workshop.course.age.order")))
                .bind(m -> m.maxAge, (m, v) -> m.maxAge = v);
        binder.forField(plannedSessions)
                .asRequired(getTranslation("workshop.course.sessions.range"))
                .withValidator(BeanChecks.of(validator, CourseData.class, "plannedSessions"))
                .bind(m -> m.plannedSessions, (m, v) -> m.plannedSessions = v);
        binder.forField(plannedHours)
                .withValidator(BeanChecks.of(validator, CourseData.class, "plannedHours"))
                .bind(m -> m.plannedHours, (m, v) -> m.plannedHours = v);
        binder.forField(completionThreshold)
                .asRequired(getTranslation("workshop.course.threshold.range"))
                .withValidator(BeanChecks.of(validator, CourseData.class, "completionThreshold"))
                .bind(m -> m.completionThreshold, (m, v) -> m.completionThreshold = v);
        binder.forField(usesComputerRoom).bind(m -> m.usesComputerRoom, (m, v) -> m.usesComputerRoom = v);
        minAge.addValueChangeListener(e -> {
            if (!maxAge.isEmpty()) {
                binder.validate();
            }
        });
    }

    void edit(CourseData data, boolean editable) {
        model = Model.from(data);
        binder.readBean(model);
        questions.setQuestions(data.questions());
        binder.setReadOnly(!editable);
        questions.setEditable(editable);
        save.setVisible(editable);
        cancel.setText(getTranslation(editable ? "action.cancel" : "cohorts.close"));
    }

    /** Shows a refusal of the service next to the field it concerns, when there is one. */
    boolean showRefusal(String messageKey, String message) {
        if (messageKey.equals("workshop.course.age.order")) {
            maxAge.setErrorMessage(message);
            maxAge.setInvalid(true);
            return true;
        }
        return false;
    }

    private void validateAndSave() {
        questions.clearErrors();
        boolean fieldsValid = binder.writeBeanIfValid(model);
        if (!fieldsValid) {
            return;
        }
        CourseData data = model.toData(questions.questions());
        boolean questionsValid = true;
        for (ConstraintViolation<CourseData> violation : validator.validate(data)) {
            Integer index = indexIn(violation.getPropertyPath());
            if (index != null) {
                questions.showError(index, BeanChecks.message(violation));
            } else {
                questions.showError(BeanChecks.message(violation));
            }
            questionsValid = false;
        }
        if (questionsValid) {
            fireEvent(new SaveEvent(this, data));
        }
    }

    private static Integer indexIn(Path path) {
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                return node.getIndex();
            }
        }
        return null;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<CourseForm> {
        private final CourseData data;

        SaveEvent(CourseForm source, CourseData data) {
            super(source, false);
            this.data = data;
        }

        CourseData data() {
            return data;
        }
    }

    static final class CancelEvent extends ComponentEvent<CourseForm> {
        CancelEvent(CourseForm source) {
            super(source, false);
        }
    }

    /** The form's working copy; Binder needs mutable fields, the service takes a record. */
    static final class Model {
        String title;
        Track track;
        String description;
        Integer minAge;
        Integer maxAge;
        Integer plannedSessions;
        BigDecimal plannedHours;
        Integer completionThreshold;
        boolean usesComputerRoom;
        long version;

        static Model from(CourseData data) {
            Model model = new Model();
            model.title = data.title();
            model.track = data.track();
            model.description = data.description();
            model.minAge = data.minAge();
            model.maxAge = data.maxAge();
            model.plannedSessions = data.plannedSessions();
            model.plannedHours = data.plannedHours();
            model.completionThreshold = data.completionThreshold();
            model.usesComputerRoom = data.usesComputerRoom();
            model.version = data.version();
            return model;
        }

        CourseData toData(List<String> questions) {
            return new CourseData(title == null ? null : title.strip(), track,
                    description == null || description.isBlank() ? null : description.strip(), minAge, maxAge,
                    plannedSessions, plannedHours, completionThreshold, usesComputerRoom, questions, version);
        }
    }
}
