package org.infoplaza.member.finder;

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
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.ui.Messages;
import org.springframework.data.domain.PageRequest;

/**
 * Finds a member: a card scan or a typed member number followed by Enter picks them at once; a name shows
 * up to {@value #CHOICES} matches (name, number, age) to tap. Each pick, and each clearing (with
 * {@code null}), is handed to the owner, and the finder says at once whether the member may do the
 * activity on the day, with the member module's reason when not, before anything is tried. A member of
 * another centre shows with the age band instead of the age, and a refusal without its reason (see
 * {@link MemberSummary#visitor()}); a mistyped card number, or too many look-ups of other centres' members,
 * is said in place of a result.
 */
public class MemberFinder extends VerticalLayout {

    public static final int CHOICES = 8;

    public final TextField query = new TextField();
    public final Div choices = new Div();
    public final Span picked = new Span();
    public final Span eligibility = new Span();

    private final transient MemberService members;
    private final Activity activity;
    private final LocalDate day;
    private final Consumer<MemberSummary> onPicked;
    private MemberSummary member;

    public MemberFinder(MemberService members, Activity activity, LocalDate day, Consumer<MemberSummary> onPicked) {
        this.members = members;
        this.activity = activity;
        this.day = day;
        this.onPicked = onPicked;
        setPadding(false);
        setSpacing(false);
        addClassName("member-finder");
        query.setLabel(getTranslation("member.finder"));
        query.setPlaceholder(getTranslation("member.finder.placeholder"));
        query.setWidthFull();
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        query.addValueChangeListener(e -> find(e.getValue()));
        choices.addClassName("member-finder-choices");
        picked.addClassName("member-finder-picked");
        eligibility.addClassName("member-finder-refusal");
        add(query, choices, picked, eligibility);
    }

    public Optional<MemberSummary> member() {
        return Optional.ofNullable(member);
    }

    public void focus() {
        query.focus();
    }

    /** Empties the finder for the next person. */
    public void reset() {
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
        List<MemberSummary> found;
        try {
            Optional<MemberSummary> byNumber = members.findByNumber(text);
            if (byNumber.isPresent()) {
                pick(byNumber.get());
                return;
            }
            found = members.search(new MemberFilter(text.strip()), PageRequest.of(0, CHOICES)).getContent();
        } catch (DomainException refusal) {
            picked.setText(Messages.translate(refusal.messageKey(), refusal.arguments()));
            return;
        }
        if (found.size() == 1) {
            pick(found.getFirst());
        } else if (found.isEmpty()) {
            picked.setText(getTranslation("member.finder.not-found", text.strip()));
        } else {
            found.forEach(summary -> {
                Button choice = new Button(label(summary), e -> {
                    choices.removeAll();
                    pick(summary);
                });
                choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                choice.addClassName("member-finder-choice");
                choices.add(choice);
            });
        }
    }

    private void pick(MemberSummary summary) {
        member = summary;
        picked.setText(summary == null ? "" : label(summary));
        eligibility.setText("");
        if (summary != null) {
            Eligibility answer = members.eligibility(summary.id(), activity, day);
            if (!answer.allowed()) {
                eligibility.setText(Messages.translate(answer.refusalKey(), answer.arguments().toArray()));
            }
        }
        onPicked.accept(summary);
    }

    private String label(MemberSummary summary) {
        if (summary.visitor()) {
            return getTranslation("member.finder.choice.visitor", summary.fullName(), summary.memberNumber(),
                    ageBand(this, summary));
        }
        return getTranslation("member.finder.choice", summary.fullName(), summary.memberNumber(), summary.age());
    }

    /** The member's age band in words ("15 a 17 años"), as shown for a member of another centre. */
    public static String ageBand(com.vaadin.flow.component.Component in, MemberSummary summary) {
        String key = "member.filter.age-band." + summary.ageBand().name();
        return in.getTranslation(key);
    }
}
