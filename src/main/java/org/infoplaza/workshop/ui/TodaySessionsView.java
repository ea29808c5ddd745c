package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.workshop.AttendanceService;
import org.infoplaza.workshop.TodaySession;

/**
 * Where a facilitator starts the day: one large card per session of their cohorts meeting today (operators
 * see every cohort of their centres), with its time, course, cohort, which session of the cohort it is and
 * how many people are marked so far. A tap on the card opens the attendance sheet.
 */
@Route("workshops/today")
@Menu(order = 11, title = "nav.workshops-today", icon = "vaadin:calendar-user")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.FACILITATOR_NAME})
@StyleSheet("styles/attendance.css")
class TodaySessionsView extends VerticalLayout implements HasDynamicTitle {

    final Div cards = new Div();
    final Span emptyState = new Span();

    TodaySessionsView(AttendanceService attendance) {
        addClassName("today-sessions-view");
        cards.addClassName("today-sessions");
        emptyState.addClassName("today-sessions-empty");
        emptyState.setText(getTranslation("attendance.today.empty"));
        add(emptyState, cards);
        show(attendance.today());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.today.title");
    }

    private void show(List<TodaySession> sessions) {
        emptyState.setVisible(sessions.isEmpty());
        cards.setVisible(!sessions.isEmpty());
        sessions.forEach(session -> cards.add(card(session)));
    }

    private RouterLink card(TodaySession session) {
        DateTimeFormatter time = PanamaTime.timeFormat(getLocale());
        Span when = new Span(getTranslation("attendance.today.time", time.format(session.start()),
                time.format(session.end())));
        when.addClassName("today-session-time");
        Span course = new Span(session.courseTitle());
        course.addClassName("today-session-course");
        Span cohort = new Span(session.cohortName());
        cohort.addClassName("today-session-cohort");
        Span position = new Span(getTranslation("attendance.today.position", session.position(),
                session.sessionsInCohort()));
        Span marked = new Span(getTranslation("attendance.today.marked", session.marked(), session.onRoster()));
        marked.addClassName("today-session-marked");
        Span open = new Span(getTranslation("attendance.today.open"));
        open.addClassName("today-session-open");
        Div facts = new Div(position, marked);
        facts.addClassName("today-session-facts");
        RouterLink card = new RouterLink(AttendanceView.class, new RouteParameters(AttendanceView.SESSION_ID,
                String.valueOf(session.sessionId())));
        card.add(when, course, cohort, facts, open);
        card.addClassName("today-session");
        return card;
    }
}
