package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * A course's questionnaire as staff write it: short statements, one per line, that members rate from 1 to 5
 * at the first and the last session. Lines are added and removed one by one; an empty list means the course
 * has no questionnaire.
 */
class QuestionList extends VerticalLayout {

    static final int MAX_QUESTIONS = 12;

    final Button add = new Button();
    final Paragraph error = new Paragraph();

    private final VerticalLayout rows = new VerticalLayout();
    private final List<TextField> fields = new ArrayList<>();
    private boolean readOnly;

    QuestionList() {
        addClassName("question-list");
        setPadding(false);
        setSpacing(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        Span title = new Span(getTranslation("cohorts.course.questions"));
        title.addClassName("question-list-title");
        Span helper = new Span(getTranslation("cohorts.course.questions.helper"));
        helper.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
        add.setText(getTranslation("cohorts.course.question.add"));
        add.setIcon(new Icon(VaadinIcon.PLUS));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addRow("").focus());
        add(title, helper, rows, error, add);
    }

    void setQuestions(List<String> questions) {
        fields.clear();
        rows.removeAll();
        questions.forEach(this::addRow);
        clearErrors();
        updateAdd();
    }

    /** The statements as typed, blank lines included, so the rules can point at them. */
    List<String> questions() {
        return fields.stream().map(TextField::getValue).map(String::strip).toList();
    }

    List<TextField> fields() {
        return List.copyOf(fields);
    }

    void setEditable(boolean editable) {
        boolean readOnly = !editable;
        this.readOnly = readOnly;
        rows.getChildren().forEach(row -> row.getChildren().forEach(c -> {
            if (c instanceof TextField field) {
                field.setReadOnly(readOnly);
            } else {
                c.setVisible(!readOnly);
            }
        }));
        updateAdd();
    }

    void clearErrors() {
        fields.forEach(f -> f.setInvalid(false));
        error.setVisible(false);
    }

    void showError(int index, String message) {
        TextField field = fields.get(index);
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private TextField addRow(String text) {
        TextField field = new TextField();
        field.setValue(text);
        field.setMaxLength(300);
        field.setWidthFull();
        field.setReadOnly(readOnly);
        field.setAriaLabel(getTranslation("cohorts.course.question.number", fields.size() + 1));
        Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("cohorts.course.question.remove"));
        remove.setVisible(!readOnly);
        HorizontalLayout row = new HorizontalLayout(field, remove);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        remove.addClickListener(e -> {
            fields.remove(field);
            rows.remove(row);
            updateAdd();
        });
        fields.add(field);
        rows.add(row);
        updateAdd();
        return field;
    }

    private void updateAdd() {
        add.setVisible(!readOnly);
        add.setEnabled(fields.size() < MAX_QUESTIONS);
    }
}
