package org.infoplaza.workshop.ui;

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
import org.infoplaza.shared.ui.Messages;
import org.springframework.data.domain.PageRequest;

/**
 * Finds the member to enrol: a card scan or a typed member number picks them at once; a name shows up to
 * {@value #CHOICES} matches (number, name, age) to pick. Once picked (or cleared: {@code null}), it tells the owner and says whether the member may join
 * workshops today and, if not, the member module's reason, before enrolment is tried.
 */
class MemberSearch extends VerticalLayout {

    static final int CHOICES = 8;

    final TextField query = new TextField();
    final Div choices = new Div();
    final Span picked = new Span();
    final Span eligibility = new Span();

    private final transient MemberService members;
    private final LocalDate day;
    private final Consumer<MemberSummary> onPicked;
    private MemberSummary member;

    MemberSearch(MemberService members, LocalDate day, Consumer<MemberSummary> onPicked) {
        this.members = members;
        this.day = day;
        this.onPicked = onPicked;
        setPadding(false);
        setSpacing(false);
        query.setLabel(getTranslation("cohorts.member"));
        query.setPlaceholder(getTranslation("cohorts.member.placeholder"));
        query.setWidthFull();
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        query.addValueChangeListener(e -> find(e.getValue()));
        choices.addClassName("member-choices");
        picked.addClassName("member-picked");
        eligibility.addClassName("member-refusal");
        eligibility.getStyle().set("color", "var(--lumo-error-text-color)");
        add(query, choices, picked, eligibility);
    }

    Optional<MemberSummary> member() {
        return Optional.ofNullable(member);
    }

    /** Empties the search for the next person. */
    void reset() {
        query.clear();
        choices.removeAll();
        pick(null);
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
        List<MemberSummary> found = members.search(new MemberFilter(text.strip()), PageRequest.of(0, CHOICES))
                .getContent();
        if (found.size() == 1) {
            pick(found.getFirst());
        } else if (found.isEmpty()) {
            picked.setText(getTranslation("cohorts.member.not-found", text.strip()));
        } else {
            found.forEach(summary -> {
                Button choice = new Button(label(summary), e -> {
                    choices.removeAll();
                    pick(summary);
                });
                choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                choices.add(choice);
            });
        }
    }

    private void pick(MemberSummary summary) {
        member = summary;
        picked.setText(summary == null ? "" : label(summary));
        eligibility.setText("");
        if (summary != null) {
            Eligibility answer = members.eligibility(summary.id(), Activity.WORKSHOPS, day);
            if (!answer.allowed()) {
                eligibility.setText(Messages.translate(answer.refusalKey(), answer.arguments().toArray()));
            }
        }
        onPicked.accept(summary);
    }

    private String label(MemberSummary summary) {
        return getTranslation("cohorts.member.label", summary.memberNumber(), summary.fullName(), summary.age());
    }
}
