package org.infoplaza.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.infoplaza.member.Activity;
import org.infoplaza.member.Eligibility;
import org.infoplaza.member.MemberFilter;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.springframework.data.domain.PageRequest;

/**
 * Finds the member at the desk: a card scan or a typed member number followed by Enter picks them at once;
 * a name shows up to {@value #CHOICES} matches to tap. Once picked, it says whether the member may use a
 * station today (the member module's reason when not), before any booking is tried.
 */
class MemberPicker extends VerticalLayout {

    static final int CHOICES = 8;

    final TextField query = new TextField();
    final Div choices = new Div();
    final Span picked = new Span();
    final Span eligibility = new Span();

    private final transient MemberService members;
    private final LocalDate day;
    private final Consumer<MemberSummary> onPicked;
    private MemberSummary member;

    MemberPicker(MemberService members, LocalDate day, Consumer<MemberSummary> onPicked) {
        this.members = members;
        this.day = day;
        this.onPicked = onPicked;
        setPadding(false);
        setSpacing(false);
        query.setLabel(getTranslation("board.member"));
        query.setPlaceholder(getTranslation("board.member.placeholder"));
        query.setWidthFull();
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        query.addValueChangeListener(e -> find(e.getValue()));
        choices.addClassName("board-member-choices");
        picked.addClassName("board-member-picked");
        eligibility.addClassName("board-member-refusal");
        add(query, choices, picked, eligibility);
    }

    Optional<MemberSummary> member() {
        return Optional.ofNullable(member);
    }

    void focus() {
        query.focus();
    }

    private void find(String text) {
        choices.removeAll();
        pick(null);
        if (text == null || text.isBlank()) {
            return;
        }
        Optional<MemberSummary> byNumber = members.findByNumber(text);
        if (byNumber.isPresent()) {
            pick(byNumber.get());
            return;
        }
        List<MemberSummary> found = members.search(new MemberFilter(text.strip()), PageRequest.of(0, CHOICES)).getContent();
        if (found.size() == 1) {
            pick(found.getFirst());
        } else if (found.isEmpty()) {
            picked.setText(getTranslation("board.member.not-found", text.strip()));
        } else {
            found.forEach(summary -> {
                Button choice = new Button(label(summary), e -> {
                    choices.removeAll();
                    pick(summary);
                });
                choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                choice.addClassName("board-touch");
                choices.add(choice);
            });
        }
    }

    private void pick(MemberSummary summary) {
        member = summary;
        picked.setText(summary == null ? "" : label(summary));
        eligibility.setText("");
        if (summary != null) {
            Eligibility answer = members.eligibility(summary.id(), Activity.STATION_USE, day);
            if (!answer.allowed()) {
                eligibility.setText(getTranslation(answer.refusalKey(), answer.arguments().toArray()));
            }
            onPicked.accept(summary);
        }
    }

    private String label(MemberSummary summary) {
        return getTranslation("board.member.label", summary.fullName(), summary.memberNumber(), summary.age());
    }
}
