package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.infoplaza.member.Activity;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.finder.MemberFinder;
import org.infoplaza.member.MemberSummary;

/**
 * Enrols members one after the other: find the member, press "Inscribir", read the outcome (enrolled, or on
 * the waitlist at which position), and the search is empty again for the next person.
 */
class EnrolDialog extends Dialog {

    final MemberFinder search;
    final Paragraph outcome = new Paragraph();
    final Button confirm = new Button();
    final Button close = new Button();

    EnrolDialog(MemberService members, LocalDate today, String cohortName, Consumer<MemberSummary> onEnrol) {
        addClassName("enrol-dialog");
        setHeaderTitle(getTranslation("cohorts.enrol.title", cohortName));
        setWidth("min(36rem, 95vw)");
        search = new MemberFinder(members, Activity.WORKSHOPS, today, picked -> confirm.setEnabled(picked != null));
        outcome.addClassName("enrol-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        confirm.setText(getTranslation("cohorts.enrol"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> search.member().ifPresent(onEnrol));
        close.setText(getTranslation("cohorts.close"));
        close.addClickListener(e -> close());
        add(search, outcome);
        getFooter().add(close, confirm);
    }

    /** Says what happened to the last person and gets ready for the next one. */
    void enrolled(String message) {
        outcome.setText(message);
        search.reset();
    }

    void open(boolean focusSearch) {
        open();
        if (focusSearch) {
            search.query.focus();
        }
    }
}
