package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.infoplaza.member.MemberFilter;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.member.finder.MemberFinder;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.ui.Messages;
import org.springframework.data.domain.PageRequest;

/**
 * Someone came who is not enrolled: a card scan or a typed member number (Enter) shows that member at once, a name
 * shows up to {@value #CHOICES} members of the staff member's centres to tap. The tap hands the member to
 * the sheet, which adds them as a walk-in; the workshop rules (consent, suspension) are the service's.
 */
class VisitorDialog extends Dialog {

    static final int CHOICES = 8;

    final TextField query = new TextField();
    final Div choices = new Div();
    final Span notFound = new Span();

    private final transient MemberService members;
    private final Consumer<MemberSummary> onPicked;

    VisitorDialog(MemberService members, Consumer<MemberSummary> onPicked) {
        this.members = members;
        this.onPicked = onPicked;
        setHeaderTitle(getTranslation("attendance.visitor.title"));
        query.setLabel(getTranslation("attendance.visitor.search"));
        query.setPlaceholder(getTranslation("attendance.visitor.placeholder"));
        query.setWidthFull();
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        query.addValueChangeListener(e -> find(e.getValue()));
        choices.addClassName("attendance-visitor-choices");
        notFound.addClassName("attendance-visitor-not-found");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClassName("attendance-touch");
        add(query, notFound, choices);
        getFooter().add(cancel);
        setWidth("min(40rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                query.clear();
                query.focus();
            }
        });
    }

    private void find(String text) {
        choices.removeAll();
        notFound.setText("");
        if (text == null || text.isBlank()) {
            return;
        }
        List<MemberSummary> found;
        try {
            Optional<MemberSummary> byNumber = members.findByNumber(text.strip());
            found = byNumber.map(List::of).orElseGet(() -> members.search(
                    new MemberFilter(text.strip()), PageRequest.of(0, CHOICES)).getContent());
        } catch (DomainException refusal) {
            notFound.setText(Messages.translate(refusal.messageKey(), refusal.arguments()));
            return;
        }
        if (found.isEmpty()) {
            notFound.setText(getTranslation("attendance.visitor.not-found", text.strip()));
            return;
        }
        found.forEach(member -> {
            String label = member.visitor()
                    ? getTranslation("attendance.visitor.label.other-centre", member.fullName(), member.memberNumber(),
                            MemberFinder.ageBand(this, member))
                    : getTranslation("attendance.visitor.label", member.fullName(), member.memberNumber(), member.age());
            Button choice = new Button(label, e -> onPicked.accept(member));
            choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            choice.addClassName("attendance-touch");
            choices.add(choice);
        });
    }
}
