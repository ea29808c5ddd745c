package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement with five large buttons, 1 ("not at all") to 5 ("fully agree"): big enough for a finger on a
 * tablet, each with its words so nobody has to remember which end is which. The chosen one is highlighted.
 */
class LikertRow extends Div {

    static final int POINTS = 5;

    final List<Button> choices = new ArrayList<>();
    private Integer value;

    LikertRow(int number, String statement) {
        addClassName("likert-row");
        Paragraph text = new Paragraph(getTranslation("questionnaire.statement", number, statement));
        text.addClassName("likert-statement");
        Div buttons = new Div();
        buttons.addClassName("likert-choices");
        for (int point = 1; point <= POINTS; point++) {
            int chosen = point;
            Span words = new Span(getTranslation(scaleKey(point)));
            words.addClassName("likert-words");
            Button button = new Button(String.valueOf(point), e -> choose(chosen));
            button.getElement().appendChild(words.getElement());
            button.getElement().setAttribute("aria-label", point + " · " + getTranslation(scaleKey(point)));
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            button.addClassName("likert-choice");
            choices.add(button);
            buttons.add(button);
        }
        add(text, buttons);
    }

    /** The words of a point on the scale: 1 "Nada de acuerdo" … 5 "Muy de acuerdo". */
    static String scaleKey(int point) {
        return "questionnaire.scale." + point;
    }

    /** The answer chosen so far (1–5), or null. */
    Integer value() {
        return value;
    }

    void choose(int point) {
        value = point;
        for (int i = 0; i < choices.size(); i++) {
            if (i + 1 == point) {
                choices.get(i).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                choices.get(i).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
    }
}
