package org.infoplaza.workshop;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberService;
import org.infoplaza.notification.MailRequest;
import org.infoplaza.notification.Outbox;
import org.infoplaza.notification.Recipient;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mail to members about their workshops, through the outbox and inside the transaction that caused it: a
 * reminder before each session (sent by {@link WorkshopReminderJob}) and a notice when a place freed up
 * and they moved from the waitlist into the cohort. Only members with an e-mail address get mail; nothing
 * is stored for the others. Each message is in the member's preferred language. The member's record is
 * read as the system, like the booking module does, and only the given names, address and language leave
 * it.
 */
@Component
class WorkshopNotices {

    private final Outbox outbox;
    private final MemberService members;
    private final CentreService centres;
    private final CohortRepository cohorts;
    private final CourseRepository courses;
    private final SessionRepository sessions;
    private final Clock clock;

    WorkshopNotices(Outbox outbox, MemberService members, CentreService centres, CohortRepository cohorts,
            CourseRepository courses, SessionRepository sessions, Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.members = members;
        this.centres = centres;
        this.cohorts = cohorts;
        this.courses = courses;
        this.sessions = sessions;
    }

    /** Queues the reminder of one session for one member; false when the member has no e-mail address. */
    boolean reminder(WorkshopSession session, long memberId) {
        Cohort cohort = cohorts.findById(session.getCohortId()).orElseThrow();
        return send("workshop-reminder", cohort, memberId, session.getStartsAt(),
                "workshop-session:" + session.getId());
    }

    /** Joins the withdrawal's (or the capacity change's) transaction, so the notice commits with the place. */
    @EventListener
    void on(EnrolmentPromoted promoted) {
        Cohort cohort = cohorts.findById(promoted.cohortId()).orElseThrow();
        // The next meeting, or the first one if the cohort has not started yet; none when all are over.
        LocalDateTime next = sessions.findByCohortIdOrderByStartsAt(cohort.getId()).stream()
                .filter(s -> !s.isCancelled())
                .map(WorkshopSession::getStartsAt)
                .filter(start -> !start.isBefore(LocalDateTime.now(clock)))
                .findFirst().orElse(null);
        send("workshop-promoted", cohort, promoted.memberId(), next, "workshop-cohort:" + cohort.getId());
    }

    private boolean send(String kind, Cohort cohort, long memberId, LocalDateTime start, String reference) {
        MemberDetails member = SystemAuthentication.call(() -> members.get(memberId));
        if (member.email() == null || member.email().isBlank()) {
            return false;
        }
        CentreDetails centre = SystemAuthentication.call(() -> centres.get(cohort.getCentreId()));
        String title = courses.findById(cohort.getCourseId()).map(Course::getTitle).orElse(cohort.getName());
        Locale locale = Locale.forLanguageTag(member.preferredLanguage() == null ? "es" : member.preferredLanguage());
        Map<String, Object> model = new HashMap<>();
        model.put("name", member.givenNames());
        model.put("title", title);
        model.put("cohort", cohort.getName());
        model.put("centre", centre.name());
        if (centre.address() != null && !centre.address().isBlank()) {
            model.put("address", centre.address());
        }
        if (start != null) {
            model.put("start", start.atZone(PanamaTime.ZONE).toInstant());
        }
        Recipient recipient = Recipient.member(memberId, member.givenNames(), member.email(), locale);
        outbox.enqueue(new MailRequest(kind, recipient, model, null, reference));
        return true;
    }
}
