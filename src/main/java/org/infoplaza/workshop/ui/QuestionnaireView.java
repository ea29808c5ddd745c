package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.workshop.Phase;
import org.infoplaza.workshop.QuestionnaireRespondent;
import org.infoplaza.workshop.QuestionnaireService;
import org.infoplaza.workshop.QuestionnaireSheet;

/**
 * Taking a session's questionnaire on a tablet that goes round the room: the facilitator taps a name, hands
 * the tablet over, the person taps one of five large buttons per statement and saves, and the list ticks
 * them off. Only whether someone answered is shown, never what they answered.
 */
@StyleSheet("styles/workshops.css")
@Route("questionnaire/:sessionId([0-9]{1,18})/:phase(PRE|POST)")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.FACILITATOR_NAME})
class QuestionnaireView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String SESSION_ID = "sessionId";
    static final String PHASE = "phase";

    final H2 title = new H2();
    final Paragraph subtitle = new Paragraph();
    final Div closedBanner = new Div();
    final Span progress = new Span();
    final Div people = new Div();
    final Map<Long, Button> personButtons = new HashMap<>();
    final H3 answering = new H3();
    final Paragraph hint = new Paragraph();
    final Div statements = new Div();
    final List<LikertRow> rows = new ArrayList<>();
    final Button save = new Button();
    final HorizontalLayout links = new HorizontalLayout();

    private final QuestionnaireService questionnaires;
    private long sessionId;
    private Phase phase = Phase.PRE;
    private QuestionnaireSheet sheet;
    private QuestionnaireRespondent selected;

    QuestionnaireView(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        addClassName("questionnaire-view");
        closedBanner.addClassName("questionnaire-closed");
        add(links, title, subtitle, closedBanner, createPeopleSection(), createAnswerSection());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            sessionId = event.getRouteParameters().getLong(SESSION_ID)
                    .orElseThrow(org.infoplaza.shared.NotFoundException::new);
            phase = Phase.valueOf(event.getRouteParameters().get(PHASE).orElse(Phase.PRE.name()));
            sheet = questionnaires.questions(sessionId);
        } catch (org.infoplaza.shared.NotFoundException unknownOrOutOfReach) {
            // Same answer for an unknown session and one of a cohort the user does not run.
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey(phase));
    }

    private Component createPeopleSection() {
        people.addClassName("questionnaire-people");
        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("questionnaire.people")), progress);
        heading.setAlignItems(Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(heading, people);
        section.setPadding(false);
        return section;
    }

    private Component createAnswerSection() {
        save.setText(getTranslation("questionnaire.save"));
        save.setIcon(new Icon(VaadinIcon.CHECK));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClickListener(e -> save());
        statements.setWidthFull();
        VerticalLayout section = new VerticalLayout(answering, hint, statements, save);
        section.setPadding(false);
        section.setWidthFull();
        section.addClassName("questionnaire-answers");
        return section;
    }

    private void show() {
        Locale locale = getLocale();
        title.setText(getTranslation(titleKey(phase)));
        subtitle.setText(getTranslation("questionnaire.subtitle", sheet.courseTitle(), sheet.cohortName(),
                PanamaTime.dateTimeFormat(locale).format(sheet.startsAt())));
        links.removeAll();
        links.add(link("attendance/" + sessionId, "questionnaire.to-attendance"),
                link("workshops/" + sheet.cohortId() + "/questionnaire", "questionnaire.to-results"));
        String closed = sheet.open() && !sheet.asks(phase) ? otherPhaseReason() : sheet.closedReasonKey();
        closedBanner.setText(closed == null ? "" : getTranslation(closed));
        closedBanner.setVisible(closed != null);
        showPeople(closed == null);
        select(null);
    }

    /** "Cuestionario de entrada" or "de salida". */
    static String titleKey(Phase phase) {
        return "questionnaire.title." + phase.name();
    }

    private String otherPhaseReason() {
        return phase == Phase.PRE ? "questionnaire.phase.only-post" : "questionnaire.phase.only-pre";
    }

    private void showPeople(boolean open) {
        people.removeAll();
        personButtons.clear();
        long done = sheet.respondents().stream().filter(r -> r.answered().contains(phase)).count();
        progress.setText(getTranslation("questionnaire.progress", done, sheet.respondents().size()));
        if (sheet.respondents().isEmpty()) {
            people.add(new Paragraph(getTranslation("questionnaire.people.none")));
        }
        for (QuestionnaireRespondent person : sheet.respondents()) {
            boolean answered = person.answered().contains(phase);
            Button button = new Button(person.memberName(), e -> select(person));
            if (answered) {
                Icon tick = new Icon(VaadinIcon.CHECK_CIRCLE);
                tick.setColor("var(--lumo-success-color)");
                tick.setTooltipText(getTranslation("questionnaire.answered"));
                tick.getElement().setAttribute("aria-label", getTranslation("questionnaire.answered"));
                button.setIcon(tick);
                button.addClassName("answered");
            }
            if (person.walkIn()) {
                button.setTooltipText(getTranslation("questionnaire.people.walk-in"));
            }
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            button.addClassName("questionnaire-person");
            button.setEnabled(open);
            personButtons.put(person.memberId(), button);
            people.add(button);
        }
    }

    /** Starts (or, with null, clears) one person's answers. */
    private void select(QuestionnaireRespondent person) {
        selected = person;
        personButtons.forEach((id, button) -> {
            if (person != null && id == person.memberId()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        statements.removeAll();
        rows.clear();
        if (person == null) {
            answering.setText("");
            answering.setVisible(false);
            hint.setText(sheet.open() && sheet.asks(phase) ? getTranslation("questionnaire.pick-someone") : "");
            save.setVisible(false);
            return;
        }
        answering.setVisible(true);
        answering.setText(getTranslation("questionnaire.answering", person.memberName()));
        hint.setText(person.answered().contains(phase) ? getTranslation("questionnaire.answering.again") : "");
        List<String> questions = sheet.questions();
        for (int i = 0; i < questions.size(); i++) {
            LikertRow row = new LikertRow(i + 1, questions.get(i));
            rows.add(row);
            statements.add(row);
        }
        save.setVisible(true);
    }

    private void save() {
        if (selected == null) {
            return;
        }
        long missing = rows.stream().filter(r -> r.value() == null).count();
        if (missing > 0) {
            Notifications.refused(new org.infoplaza.shared.DomainException("questionnaire.unanswered", missing));
            return;
        }
        List<Integer> answers = rows.stream().map(LikertRow::value).toList();
        long memberId = selected.memberId();
        Actions.attempt(() -> questionnaires.record(sessionId, memberId, phase, answers), () -> {
            Notifications.success(getTranslation("questionnaire.saved"));
            sheet = questionnaires.questions(sessionId);
            show();
        });
    }

    private Anchor link(String route, String key) {
        Anchor anchor = new Anchor(route, getTranslation(key));
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
