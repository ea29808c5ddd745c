package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Messages;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.AttendanceStatus;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.RosterLine;
import org.infoplaza.workshop.RosterSheet;
import org.infoplaza.workshop.SessionDetails;

/**
 * A session's attendance sheet, made for a tablet in a busy room: one row per person with three large
 * buttons. A tap stores that one mark and redraws only its row and the counts, never the whole sheet.
 * "Todos presentes" marks everyone still unmarked after a confirmation; a visitor who is not enrolled is
 * found by card or name and added as a walk-in. Before the session opens, after it locks, or when it was
 * cancelled the sheet is read-only and says why; an administrator can reopen a locked sheet for some hours.
 * On the cohort's first and last session it links to the questionnaire when the course has one. A session
 * outside the staff member's reach is "not found", as a wrong number is.
 */
@Route("attendance/:sessionId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.FACILITATOR_NAME})
@StyleSheet("styles/attendance.css")
class AttendanceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String SESSION_ID = "sessionId";
    static final String LOCKED = "workshop.attendance.locked";
    static final int DEFAULT_REOPEN_HOURS = 2;

    final Anchor back = new Anchor();
    final H2 heading = new H2();
    final Span when = new Span();
    final Span editableUntil = new Span();
    final Span counts = new Span();
    final Div lockBanner = new Div();
    final IntegerField reopenHours = new IntegerField();
    final Button reopen = new Button();
    final HorizontalLayout reopenBar = new HorizontalLayout();
    final Button allPresent = new Button();
    final Button addVisitor = new Button();
    final HorizontalLayout questionnaires = new HorizontalLayout();
    final Span emptyState = new Span();
    final Div rows = new Div();
    final VisitorDialog visitorDialog;
    /** The rows by member, in the sheet's order, so a tap finds and redraws its own row. */
    final Map<Long, AttendanceRow> rowByMember = new LinkedHashMap<>();
    ConfirmDialog allPresentDialog;

    private final AttendanceService attendance;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private RosterSheet sheet;

    AttendanceView(AttendanceService attendance, CohortService cohorts, MemberService members,
            CurrentUser currentUser) {
        this.attendance = attendance;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.visitorDialog = new VisitorDialog(members, this::addWalkIn);
        addClassName("attendance-view");
        back.setText(getTranslation("attendance.sheet.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        when.addClassName("attendance-when");
        editableUntil.addClassName("attendance-until");
        counts.addClassName("attendance-counts");
        lockBanner.addClassName("attendance-lock");
        emptyState.addClassName("attendance-empty");
        emptyState.setText(getTranslation("attendance.sheet.empty"));
        rows.addClassName("attendance-rows");
        questionnaires.addClassName("attendance-questionnaires");
        add(back, heading, when, editableUntil, lockBanner, createReopenBar(), createToolbar(), counts, emptyState, rows,
                visitorDialog);
    }

    private HorizontalLayout createReopenBar() {
        reopenHours.setLabel(getTranslation("attendance.sheet.reopen.hours"));
        reopenHours.setMin(1);
        reopenHours.setMax(72);
        reopenHours.setStepButtonsVisible(true);
        reopenHours.setValue(DEFAULT_REOPEN_HOURS);
        reopen.setText(getTranslation("attendance.sheet.reopen"));
        reopen.setIcon(new Icon(VaadinIcon.UNLOCK));
        reopen.addClassName("attendance-touch");
        reopen.addClickListener(e -> reopen());
        reopenBar.add(reopenHours, reopen);
        reopenBar.setAlignItems(Alignment.BASELINE);
        return reopenBar;
    }

    private HorizontalLayout createToolbar() {
        allPresent.setText(getTranslation("attendance.sheet.all-present"));
        allPresent.setIcon(new Icon(VaadinIcon.CHECK_CIRCLE));
        allPresent.addClassName("attendance-touch");
        allPresent.addClickListener(e -> confirmAllPresent());
        addVisitor.setText(getTranslation("attendance.sheet.add-visitor"));
        addVisitor.setIcon(new Icon(VaadinIcon.USER_CHECK));
        addVisitor.addClassName("attendance-touch");
        addVisitor.addClickListener(e -> visitorDialog.open());
        HorizontalLayout toolbar = new HorizontalLayout(allPresent, addVisitor, questionnaires);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(Alignment.CENTER);
        return toolbar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sessionId = event.getRouteParameters().getLong(SESSION_ID).orElse(-1L);
        try {
            sheet = attendance.sheet(sessionId);
        } catch (org.infoplaza.shared.NotFoundException unknownOrOutOfReach) {
            // Same answer for a wrong number and another facilitator's cohort: existence does not leak.
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        show();
        showQuestionnaireLinks();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.sheet.title");
    }

    /** Draws the whole sheet; used on opening and after a reopening, never after a tap. */
    private void show() {
        SessionDetails session = sheet.session();
        DateTimeFormatter time = PanamaTime.timeFormat(getLocale());
        heading.setText(sheet.courseTitle() + " · " + sheet.cohortName());
        when.setText(getTranslation("attendance.sheet.when",
                PanamaTime.dateFormat(getLocale()).format(session.startsAt()), time.format(session.startsAt()),
                time.format(session.endsAt()), session.position(), sheet.sessionsInCohort()));
        back.setHref("workshops/" + sheet.cohortId());
        boolean editable = sheet.editable();
        lockBanner.setVisible(!editable);
        editableUntil.setVisible(editable);
        editableUntil.setText(getTranslation("attendance.sheet.editable-until",
                PanamaTime.dateTimeFormat(getLocale()).format(sheet.editableUntil())));
        if (!editable) {
            lockBanner.setText(getTranslation("attendance.sheet.read-only") + " "
                    + Messages.translate(sheet.lockReasonKey()));
        }
        reopenBar.setVisible(!editable && LOCKED.equals(sheet.lockReasonKey()) && currentUser.hasRole(Role.ADMIN));
        allPresent.setVisible(editable);
        addVisitor.setVisible(editable);
        rows.removeAll();
        rowByMember.clear();
        sheet.lines().forEach(this::addRow);
        showCounts();
    }

    private void addRow(RosterLine line) {
        AttendanceRow row = new AttendanceRow(line, sheet.editable(), this::mark);
        rowByMember.put(line.memberId(), row);
        rows.add(row);
    }

    private void showQuestionnaireLinks() {
        questionnaires.removeAll();
        int position = sheet.session().position();
        boolean first = position == 1;
        boolean last = position == sheet.sessionsInCohort();
        if (!(first || last) || cohorts.get(sheet.cohortId()).course().questions().isEmpty()) {
            return;
        }
        if (first) {
            questionnaires.add(questionnaireLink("PRE", getTranslation("attendance.sheet.questionnaire.PRE")));
        }
        if (last) {
            questionnaires.add(questionnaireLink("POST", getTranslation("attendance.sheet.questionnaire.POST")));
        }
    }

    private Anchor questionnaireLink(String moment, String label) {
        Anchor link = new Anchor("questionnaire/" + sheet.session().id() + "/" + moment, label);
        link.getElement().setAttribute("router-link", true);
        link.addClassNames("attendance-questionnaire", "attendance-touch");
        return link;
    }

    private void mark(AttendanceRow row, AttendanceStatus status) {
        Actions.attempt(() -> attendance.mark(sheet.session().id(), row.memberId(), status), () -> {
            row.show(status);
            showCounts();
        });
    }

    private void confirmAllPresent() {
        List<AttendanceRow> unmarked = rowByMember.values().stream().filter(r -> r.status() == null).toList();
        if (unmarked.isEmpty()) {
            Notifications.success(getTranslation("attendance.sheet.all-present.none"));
            return;
        }
        allPresentDialog = new ConfirmDialog();
        allPresentDialog.setHeader(getTranslation("attendance.sheet.all-present.title"));
        allPresentDialog.setText(getTranslation("attendance.sheet.all-present.text", unmarked.size()));
        allPresentDialog.setCancelable(true);
        allPresentDialog.setCancelText(getTranslation("action.cancel"));
        allPresentDialog.setConfirmText(getTranslation("attendance.sheet.all-present.confirm"));
        allPresentDialog.addConfirmListener(e -> markAllPresent(unmarked));
        allPresentDialog.open();
    }

    /** Everyone still unmarked, in one service call: all are stored or, on a refusal, none. */
    private void markAllPresent(List<AttendanceRow> unmarked) {
        List<AttendanceRow> still = unmarked.stream().filter(row -> row.status() == null).toList();
        Actions.attempt(() -> attendance.markAll(sheet.session().id(), still.stream().map(AttendanceRow::memberId)
                .toList(), AttendanceStatus.PRESENT), () -> still.forEach(row -> row.show(AttendanceStatus.PRESENT)));
        showCounts();
    }

    private void addWalkIn(MemberSummary member) {
        Actions.attempt(() -> attendance.addWalkIn(sheet.session().id(), member.id()), () -> {
            visitorDialog.close();
            addRow(new RosterLine(member.id(), member.memberNumber(), member.fullName(), member.minor(),
                    AttendanceStatus.PRESENT, true));
            showCounts();
            Notifications.success(getTranslation("attendance.visitor.added", member.fullName()));
        });
    }

    private void reopen() {
        Integer hours = reopenHours.getValue();
        Actions.attempt(() -> attendance.unlock(sheet.session().id(), hours == null ? 0 : hours), () -> {
            sheet = attendance.sheet(sheet.session().id());
            show();
            Notifications.success(getTranslation("attendance.sheet.reopened",
                    PanamaTime.dateTimeFormat(getLocale()).format(sheet.editableUntil())));
        });
    }

    private void showCounts() {
        int present = count(AttendanceStatus.PRESENT);
        int absent = count(AttendanceStatus.ABSENT);
        int excused = count(AttendanceStatus.EXCUSED);
        int unmarked = count(null);
        counts.setText(getTranslation("attendance.sheet.counts", present, absent, excused, unmarked));
        emptyState.setVisible(rowByMember.isEmpty());
    }

    private int count(AttendanceStatus status) {
        return (int) rowByMember.values().stream().filter(r -> Objects.equals(r.status(), status)).count();
    }
}
