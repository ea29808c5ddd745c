package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.staff.StaffOption;
import org.infoplaza.staff.StaffService;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.Completion;
import org.infoplaza.workshop.EnrolmentDetails;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.EnrolmentStatus;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.SessionTime;

/**
 * One cohort's page: who runs it, how full it is and when people may enrol, then its sessions (add, move,
 * cancel, open the attendance sheet), its roster (enrol with a member search, withdraw, the waitlist in
 * order) and how far each member has come. A cohort outside the caller's reach (another centre, or for a
 * facilitator one they do not run) is "not found", as an unknown number is.
 */
@StyleSheet("styles/workshops.css")
@Route(CohortView.ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.FACILITATOR_NAME})
class CohortView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String COHORT_ID = "cohortId";
    static final String ROUTE = "workshops/:" + COHORT_ID + "([0-9]{1,18})";
    static final String ROUTE_PREFIX = "workshops/";

    final H2 title = new H2();
    final DescriptionList details = new DescriptionList();
    final Button edit = new Button();
    final TabSheet tabs = new TabSheet();
    final Button addSession = new Button();
    final Grid<SessionDetails> sessions = new Grid<>();
    final Button enrol = new Button();
    final Grid<EnrolmentDetails> roster = new Grid<>();
    final Grid<Completion> completion = new Grid<>();
    final Anchor certificates = new Anchor();
    final Anchor questionnaire = new Anchor();
    final Paragraph completionThreshold = new Paragraph();

    private final CohortService cohorts;
    private final EnrolmentService enrolments;
    private final AttendanceService attendance;
    private final MemberService members;
    private final StaffService staff;
    private final Clock clock;
    private final jakarta.validation.Validator validator;
    private final Locale locale;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;
    private CohortDetails cohort;
    private List<EnrolmentDetails> rosterRows = List.of();
    /** The open enrolment dialog, if any. */
    EnrolDialog enrolDialog;

    CohortView(CohortService cohorts, EnrolmentService enrolments, AttendanceService attendance, MemberService members,
            StaffService staff, Clock clock, jakarta.validation.Validator validator) {
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.members = members;
        this.staff = staff;
        this.clock = clock;
        this.validator = validator;
        this.locale = getLocale();
        this.dateFormat = PanamaTime.dateFormat(locale);
        this.timeFormat = PanamaTime.timeFormat(locale);
        addClassName("cohort-view");
        details.addClassName("cohort-facts");
        Anchor back = link(CohortsView.ROUTE, getTranslation("cohorts.page.back"));
        back.addClassName("back-link");
        edit.setText(getTranslation("action.edit"));
        edit.setIcon(new Icon(VaadinIcon.EDIT));
        edit.addClickListener(e -> openEditor());
        HorizontalLayout heading = new HorizontalLayout(title, edit);
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWrap(true);
        tabs.setWidthFull();
        tabs.add(getTranslation("cohorts.tab.sessions"), createSessionsTab());
        tabs.add(getTranslation("cohorts.tab.roster"), createRosterTab());
        tabs.add(getTranslation("cohorts.tab.completion"), createCompletionTab());
        add(back, heading, details, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(COHORT_ID);
        try {
            cohort = cohorts.get(id.orElseThrow(org.infoplaza.shared.NotFoundException::new));
        } catch (org.infoplaza.shared.NotFoundException unknownOrOutOfReach) {
            // Same answer for an unknown cohort and one outside the caller's reach: existence does not leak.
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        showAll();
    }

    // --- header ---

    private void showHeader() {
        title.setText(cohort.course().title() + " · " + cohort.name());
        details.removeAll();
        row("cohorts.centre", cohort.centreName());
        row("cohorts.course.track", Labels.track(cohort.course().track()));
        row("cohorts.facilitators", cohort.facilitators().stream().map(StaffOption::displayName)
                .collect(Collectors.joining(", ")));
        row("cohorts.capacity", String.valueOf(cohort.capacity()));
        row("cohorts.enrolled", getTranslation("cohorts.places", cohort.enrolled(), cohort.capacity()));
        row("cohorts.waitlisted", String.valueOf(cohort.waitlisted()));
        row("cohorts.enrolment-window", getTranslation("cohorts.enrolment-window.value",
                dateFormat.format(cohort.enrolmentOpens()), dateFormat.format(cohort.enrolmentCloses())));
        if (cohort.cancelled()) {
            row("cohorts.state", getTranslation("cohorts.cancelled"));
        }
        edit.setEnabled(!cohort.cancelled());
    }

    private void row(String labelKey, String value) {
        details.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    private void openEditor() {
        CohortEditDialog dialog = new CohortEditDialog(cohort, staff.facilitatorsAt(cohort.centreId()), validator,
                data -> Actions.attempt(() -> cohorts.update(cohort.id(), data), saved -> {
                    Notifications.success(getTranslation("cohorts.edit.saved", saved.name()));
                    reload();
                }));
        dialog.open();
        dialog.name.focus();
    }

    // --- sessions ---

    private Component createSessionsTab() {
        addSession.setText(getTranslation("cohorts.session.add"));
        addSession.setIcon(new Icon(VaadinIcon.PLUS));
        addSession.addClickListener(e -> openSessionDialog(null));
        sessions.addClassName("cohort-sessions");
        sessions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        sessions.setAllRowsVisible(true);
        sessions.addColumn(SessionDetails::position).setHeader("#").setKey("position").setAutoWidth(true)
                .setFlexGrow(0);
        sessions.addColumn(s -> weekday(s.startsAt().toLocalDate()) + " " + dateFormat.format(s.startsAt()))
                .setHeader(getTranslation("cohorts.session.date")).setKey("date").setAutoWidth(true);
        sessions.addColumn(s -> timeFormat.format(s.startsAt()) + "–" + timeFormat.format(s.endsAt()))
                .setHeader(getTranslation("cohorts.session.time")).setKey("time").setAutoWidth(true);
        sessions.addComponentColumn(this::sessionState).setHeader(getTranslation("cohorts.state")).setKey("state")
                .setAutoWidth(true);
        sessions.addComponentColumn(this::sessionActions).setHeader(getTranslation("cohorts.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        sessions.setEmptyStateText(getTranslation("cohorts.no-sessions"));
        VerticalLayout tab = new VerticalLayout(addSession, sessions);
        tab.setPadding(false);
        return tab;
    }

    private Component sessionState(SessionDetails session) {
        if (!session.cancelled()) {
            return new Span();
        }
        Span badge = new Span(getTranslation("cohorts.session.cancelled"));
        badge.getElement().getThemeList().add("badge error");
        return badge;
    }

    /**
     * Open the sheet, move, cancel: finger-sized on a tablet, and the cancel button set apart from the others
     * (and confirmed), so a slip meant for "move" never cancels a session.
     */
    private Component sessionActions(SessionDetails session) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.setAlignItems(Alignment.CENTER);
        actions.addClassName("session-actions");
        String when = dateFormat.format(session.startsAt());
        if (!session.cancelled()) {
            Anchor sheet = link("attendance/" + session.id(), getTranslation("cohorts.session.attendance"));
            sheet.getElement().setAttribute("aria-label", getTranslation("cohorts.session.attendance.label", when));
            sheet.addClassName("attendance-link");
            actions.add(sheet);
        }
        if (!session.cancelled() && session.startsAt().isAfter(LocalDateTime.now(clock))) {
            Button move = new Button(new Icon(VaadinIcon.CALENDAR_CLOCK), e -> openSessionDialog(session));
            move.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            move.addClassNames("touch-target", "session-move");
            move.setAriaLabel(getTranslation("cohorts.session.move.label", when));
            move.setTooltipText(move.getAriaLabel().orElse(null));
            Button cancel = new Button(new Icon(VaadinIcon.BAN), e -> confirmCancel(session));
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            cancel.addClassNames("touch-target", "session-cancel");
            cancel.setAriaLabel(getTranslation("cohorts.session.cancel.label", when));
            cancel.setTooltipText(cancel.getAriaLabel().orElse(null));
            actions.add(move, cancel);
        }
        return actions;
    }

    private void openSessionDialog(SessionDetails session) {
        SessionTime initial = session == null ? null : new SessionTime(session.startsAt(), session.endsAt());
        String header = session == null ? getTranslation("cohorts.session.add")
                : getTranslation("cohorts.session.move.title", session.position());
        SessionDialog dialog = new SessionDialog(header, initial, LocalDate.now(clock), time -> session == null
                ? Actions.attempt(() -> cohorts.addSession(cohort.id(), time), added -> {
                    Notifications.success(getTranslation("cohorts.session.added", dateFormat.format(added.startsAt())));
                    reload();
                })
                : Actions.attempt(() -> cohorts.moveSession(session.id(), session.version(), time), moved -> {
                    Notifications.success(getTranslation("cohorts.session.moved", dateFormat.format(moved.startsAt())));
                    reload();
                }));
        dialog.open();
        dialog.day.focus();
    }

    private void confirmCancel(SessionDetails session) {
        String when = dateFormat.format(session.startsAt());
        ConfirmDialog confirm = Confirm.destructive(getTranslation("cohorts.session.cancel.title", when),
                getTranslation("cohorts.session.cancel.text"), getTranslation("cohorts.session.cancel"),
                () -> Actions.attempt(() -> cohorts.cancelSession(session.id(), session.version()), cancelled -> {
                    Notifications.success(getTranslation("cohorts.session.cancelled.done", when));
                    reload();
                }));
        // "Cancelar" beside "Cancelar la sesión" reads as the same thing; the way out says what it keeps.
        confirm.setCancelText(getTranslation("cohorts.session.cancel.keep"));
    }

    // --- roster ---

    private Component createRosterTab() {
        enrol.setText(getTranslation("cohorts.enrol"));
        enrol.setIcon(new Icon(VaadinIcon.PLUS));
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(e -> openEnrolDialog());
        roster.addClassName("cohort-roster");
        roster.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        roster.setAllRowsVisible(true);
        roster.addComponentColumn(this::enrolmentState).setHeader(getTranslation("cohorts.state")).setKey("status")
                .setAutoWidth(true);
        roster.addColumn(EnrolmentDetails::memberNumber).setHeader(getTranslation("cohorts.member.number"))
                .setKey("number").setAutoWidth(true);
        roster.addColumn(EnrolmentDetails::memberName).setHeader(getTranslation("cohorts.member.name")).setKey("name")
                .setFlexGrow(1);
        roster.addColumn(EnrolmentDetails::age).setHeader(getTranslation("cohorts.member.age")).setKey("age")
                .setAutoWidth(true).setFlexGrow(0);
        roster.addColumn(e -> dateFormat.format(e.since())).setHeader(getTranslation("cohorts.enrolment.since"))
                .setKey("since").setAutoWidth(true);
        roster.addComponentColumn(this::withdrawButton).setHeader(getTranslation("grid.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        roster.setEmptyStateText(getTranslation("cohorts.roster.empty"));
        VerticalLayout tab = new VerticalLayout(enrol, roster);
        tab.setPadding(false);
        return tab;
    }

    private Component enrolmentState(EnrolmentDetails enrolment) {
        boolean waiting = enrolment.status() == EnrolmentStatus.WAITLISTED;
        Span badge = new Span(waiting ? getTranslation("cohorts.roster.waiting", enrolment.waitlistPosition())
                : Labels.status(enrolment.status()));
        badge.getElement().getThemeList().add(waiting ? "badge contrast" : "badge success");
        return badge;
    }

    private Component withdrawButton(EnrolmentDetails enrolment) {
        Button withdraw = new Button(getTranslation("cohorts.withdraw"), e -> confirmWithdraw(enrolment));
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        withdraw.setAriaLabel(getTranslation("cohorts.withdraw.label", enrolment.memberName()));
        return withdraw;
    }

    private void openEnrolDialog() {
        enrolDialog = new EnrolDialog(members, LocalDate.now(clock), cohort.name(), this::enrolMember);
        enrolDialog.open(true);
    }

    /** Enrols and keeps the dialog open with an empty search, so the desk can enrol the next person at once. */
    private void enrolMember(MemberSummary member) {
        Actions.attempt(() -> enrolments.enrol(cohort.id(), member.id()), enrolment -> {
            String message = enrolment.status() == EnrolmentStatus.WAITLISTED
                    ? getTranslation("cohorts.enrol.waitlisted", enrolment.memberName(), enrolment.waitlistPosition())
                    : getTranslation("cohorts.enrol.enrolled", enrolment.memberName());
            enrolDialog.enrolled(message);
            Notifications.success(message);
            reload();
        });
    }

    private void confirmWithdraw(EnrolmentDetails enrolment) {
        Confirm.destructive(getTranslation("cohorts.withdraw.title", enrolment.memberName()),
                getTranslation(enrolment.status() == EnrolmentStatus.ENROLLED ? "cohorts.withdraw.text.enrolled"
                        : "cohorts.withdraw.text.waiting"),
                getTranslation("cohorts.withdraw"), () -> withdraw(enrolment));
    }

    private void withdraw(EnrolmentDetails enrolment) {
        List<EnrolmentDetails> before = rosterRows;
        Actions.attempt(() -> enrolments.withdraw(cohort.id(), enrolment.memberId()), () -> {
            reload();
            Map<Long, EnrolmentDetails> waitingBefore = before.stream()
                    .filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                    .collect(Collectors.toMap(EnrolmentDetails::memberId, Function.identity()));
            List<String> promoted = rosterRows.stream()
                    .filter(e -> e.status() == EnrolmentStatus.ENROLLED && waitingBefore.containsKey(e.memberId()))
                    .map(EnrolmentDetails::memberName).toList();
            Notifications.success(promoted.isEmpty()
                    ? getTranslation("cohorts.withdrawn", enrolment.memberName())
                    : getTranslation("cohorts.withdrawn.promoted", enrolment.memberName(), String.join(", ", promoted)));
        });
    }

    // --- completion ---

    private Component createCompletionTab() {
        completion.addClassName("cohort-completion");
        completion.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        completion.setAllRowsVisible(true);
        completion.addColumn(Completion::memberNumber).setHeader(getTranslation("cohorts.member.number"))
                .setKey("number").setAutoWidth(true);
        completion.addColumn(Completion::memberName).setHeader(getTranslation("cohorts.member.name")).setKey("name")
                .setFlexGrow(1);
        completion.addColumn(c -> getTranslation("cohorts.completion.attended.value", c.attended(), c.sessions()))
                .setHeader(getTranslation("cohorts.completion.attended")).setKey("attended").setAutoWidth(true);
        completion.addColumn(c -> c.percent() + " %").setHeader(getTranslation("cohorts.completion.percent"))
                .setKey("percent").setAutoWidth(true);
        completion.addComponentColumn(this::completedBadge).setHeader(getTranslation("cohorts.completion.completed"))
                .setKey("completed").setAutoWidth(true);
        completion.setEmptyStateText(getTranslation("cohorts.roster.empty"));
        certificates.setText(getTranslation("cohorts.link.certificates"));
        certificates.getElement().setAttribute("router-link", true);
        questionnaire.setText(getTranslation("cohorts.link.questionnaire"));
        questionnaire.getElement().setAttribute("router-link", true);
        completionThreshold.addClassName("completion-threshold");
        HorizontalLayout links = new HorizontalLayout(certificates, questionnaire);
        links.setWrap(true);
        VerticalLayout tab = new VerticalLayout(completionThreshold, completion, links);
        tab.setPadding(false);
        return tab;
    }

    private Component completedBadge(Completion row) {
        Span badge = new Span(getTranslation(row.completed() ? "cohorts.yes" : "cohorts.no"));
        badge.getElement().getThemeList().add(row.completed() ? "badge success" : "badge contrast");
        return badge;
    }

    // --- loading ---

    private void reload() {
        Actions.attempt(() -> cohorts.get(cohort.id()), fresh -> {
            cohort = fresh;
            showAll();
        });
    }

    private void showAll() {
        showHeader();
        sessions.setItems(cohort.sessions());
        addSession.setEnabled(!cohort.cancelled());
        rosterRows = enrolments.roster(cohort.id());
        roster.setItems(rosterRows);
        enrol.setEnabled(!cohort.cancelled());
        completion.setItems(attendance.completion(cohort.id()));
        completionThreshold.setText(getTranslation("cohorts.completion.threshold",
                cohort.course().completionThreshold()));
        certificates.setHref(ROUTE_PREFIX + cohort.id() + "/certificates");
        questionnaire.setHref(ROUTE_PREFIX + cohort.id() + "/questionnaire");
        questionnaire.setVisible(!cohort.course().questions().isEmpty());
    }

    private String weekday(LocalDate day) {
        String text = day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static Anchor link(String route, String text) {
        Anchor anchor = new Anchor(route, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return cohort == null ? getTranslation("cohorts.nav.workshops") : cohort.name();
    }
}
