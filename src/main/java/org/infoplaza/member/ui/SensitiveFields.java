package org.infoplaza.member.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.infoplaza.member.Disability;
import org.infoplaza.member.Ethnicity;

/**
 * The sensitive questions (ethnicity, disability) behind their own consent: the answers can be given only
 * after ticking the consent (the guardian's for a minor, the person's own for an adult), and unticking it
 * clears them. Afro-descendance is its own box, so it can go with an indigenous people.
 */
class SensitiveFields extends VerticalLayout {

    final Checkbox consent = new Checkbox();
    final Select<Ethnicity> ethnicity = new Select<>();
    final Checkbox afroDescendant = new Checkbox();
    final Select<Disability> disability = new Select<>();

    SensitiveFields() {
        addClassName("sensitive-fields");
        setPadding(false);
        setSpacing(false);
        ethnicity.setLabel(getTranslation("member.ethnicity"));
        ethnicity.setItems(Arrays.stream(Ethnicity.values()).filter(e -> e != Ethnicity.AFRO_DESCENDANT).toList());
        ethnicity.setEmptySelectionAllowed(true);
        ethnicity.setItemLabelGenerator(e -> e == null ? "" : getTranslation("member.ethnicity." + e.name()));
        afroDescendant.setLabel(getTranslation("member.ethnicity." + Ethnicity.AFRO_DESCENDANT.name()));
        disability.setLabel(getTranslation("member.disability"));
        disability.setItems(Disability.values());
        disability.setEmptySelectionAllowed(true);
        disability.setItemLabelGenerator(d -> d == null ? "" : getTranslation("member.disability." + d.name()));
        consent.addValueChangeListener(e -> enableAnswers());
        ethnicity.addValueChangeListener(e -> enableAnswers());
        setMinor(false);
        enableAnswers();

        Paragraph help = new Paragraph(getTranslation("member.sensitive.help"));
        help.addClassName("helper");
        HorizontalLayout answers = new HorizontalLayout(ethnicity, afroDescendant, disability);
        answers.setWrap(true);
        answers.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(consent, help, answers);
    }

    void setMinor(boolean minor) {
        consent.setLabel(getTranslation(minor ? "member.sensitive.consent.guardian" : "member.sensitive.consent.member"));
    }

    /** The answer as the service takes it; empty without consent. */
    static Set<Ethnicity> answer(boolean consented, Ethnicity ethnicity, boolean afroDescendant) {
        Set<Ethnicity> answer = EnumSet.noneOf(Ethnicity.class);
        if (!consented) {
            return answer;
        }
        if (ethnicity != null) {
            answer.add(ethnicity);
        }
        if (afroDescendant) {
            answer.add(Ethnicity.AFRO_DESCENDANT);
        }
        return answer;
    }

    private void enableAnswers() {
        boolean consented = consent.getValue();
        boolean exclusive = ethnicity.getValue() == Ethnicity.NONE || ethnicity.getValue() == Ethnicity.PREFERS_NOT_TO_SAY;
        if (!consented) {
            ethnicity.clear();
            disability.clear();
        }
        if (!consented || exclusive) {
            afroDescendant.clear();
        }
        ethnicity.setEnabled(consented);
        disability.setEnabled(consented);
        afroDescendant.setEnabled(consented && !exclusive);
    }
}
