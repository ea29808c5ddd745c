package org.infoplaza.workshop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infoplaza.member.MemberService;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional pre/post questionnaire of a course: the same statements, answered from 1 ("not at all") to 5
 * ("fully agree"), at the cohort's first session (PRE) and at its last (POST). Answers are taken in the
 * room, on the session's day while its attendance is still open, from enrolled members and walk-ins marked
 * present; a second answer of the same person and phase replaces the first. Only aggregates leave: per
 * statement the number of answers and the means before and after, and a mean from fewer than
 * {@link QuestionnaireResults#MIN_GROUP} people is withheld. Facilitators reach only their own cohorts.
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireService {

    static final int LOWEST = 1;
    static final int HIGHEST = 5;

    private final SessionRepository sessions;
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendance;
    private final MemberService members;
    private final WorkshopAccess access;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionnaireService(SessionRepository sessions, CourseRepository courses, EnrolmentRepository enrolments,
            AttendanceRepository attendance, MemberService members, WorkshopAccess access, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.courses = courses;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.members = members;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The session's statements, the phases it asks them in, whether it takes answers now, and who may answer. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public QuestionnaireSheet questions(long sessionId) {
        WorkshopSession session = sessions.findById(sessionId).orElseThrow(NotFoundException::new);
        Cohort cohort = access.cohort(session.getCohortId());
        Course course = courses.findById(cohort.getCourseId()).orElseThrow(NotFoundException::new);
        Set<Phase> phases = phasesOf(session);
        String closed = closedReason(session, course, phases);
        Map<Long, Boolean> walkInById = respondents(session);
        Map<Long, Set<Phase>> answered = answeredIn(cohort.getId());
        List<QuestionnaireRespondent> people = members.summariesOf(walkInById.keySet()).stream()
                .map(m -> new QuestionnaireRespondent(m.id(), m.fullName(), walkInById.get(m.id()),
                        answered.getOrDefault(m.id(), Set.of())))
                .sorted(Comparator.comparing(QuestionnaireRespondent::walkIn)
                        .thenComparing(QuestionnaireRespondent::memberName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new QuestionnaireSheet(sessionId, cohort.getId(), cohort.getName(), course.getTitle(),
                session.getStartsAt(), course.getQuestions(), phases, closed == null, closed, people);
    }

    /**
     * Records one person's answers for a phase, one per statement in order, each from {@value #LOWEST} to
     * {@value #HIGHEST}; earlier answers of the same person and phase are replaced.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public void record(long sessionId, long memberId, Phase phase, List<Integer> answers) {
        if (phase == null) {
            throw new DomainException("questionnaire.phase.required");
        }
        WorkshopSession session = sessions.findById(sessionId).orElseThrow(NotFoundException::new);
        Cohort cohort = access.cohort(session.getCohortId());
        Course course = courses.findById(cohort.getCourseId()).orElseThrow(NotFoundException::new);
        Set<Phase> phases = phasesOf(session);
        String closed = closedReason(session, course, phases);
        if (closed != null) {
            throw new DomainException(closed);
        }
        if (!phases.contains(phase)) {
            throw new DomainException(phases.contains(Phase.PRE) ? "questionnaire.phase.only-pre"
                    : "questionnaire.phase.only-post");
        }
        int count = course.getQuestions().size();
        if (answers == null || answers.size() != count) {
            throw new DomainException("questionnaire.answers.count", count);
        }
        if (answers.stream().anyMatch(a -> a == null || a < LOWEST || a > HIGHEST)) {
            throw new DomainException("questionnaire.answers.range", LOWEST, HIGHEST);
        }
        if (!respondents(session).containsKey(memberId)) {
            throw new DomainException("questionnaire.not-on-roster");
        }
        Timestamp now = Timestamp.from(clock.instant());
        // An upsert per statement: two tablets saving the same person at once end with one set of answers.
        for (int position = 0; position < count; position++) {
            jdbc.update("""
                    INSERT INTO questionnaire_answer (cohort_id, member_id, phase, position, answer, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE answer = VALUES(answer), recorded_at = VALUES(recorded_at)
                    """, cohort.getId(), memberId, phase.name(), position, answers.get(position), now);
        }
        jdbc.update("DELETE FROM questionnaire_answer WHERE cohort_id = ? AND member_id = ? AND phase = ? AND position >= ?",
                cohort.getId(), memberId, phase.name(), count);
        events.publishEvent(new QuestionnaireAnswered(cohort.getId()));
    }

    /** Per statement of the course: answers and mean before and after, and the change; small groups withheld. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public QuestionnaireResults results(long cohortId) {
        Cohort cohort = access.cohort(cohortId);
        Course course = courses.findById(cohort.getCourseId()).orElseThrow(NotFoundException::new);
        Map<String, long[]> tallies = new HashMap<>();
        jdbc.query("""
                SELECT phase, position, COUNT(*) AS answers, SUM(answer) AS total
                FROM questionnaire_answer WHERE cohort_id = ?
                GROUP BY phase, position
                """, rs -> {
            tallies.put(rs.getString("phase") + ":" + rs.getInt("position"),
                    new long[] {rs.getLong("answers"), rs.getLong("total")});
        }, cohortId);
        List<String> questions = course.getQuestions();
        List<QuestionnaireItemResult> items = new ArrayList<>();
        for (int position = 0; position < questions.size(); position++) {
            long[] pre = tallies.getOrDefault(Phase.PRE.name() + ":" + position, new long[2]);
            long[] post = tallies.getOrDefault(Phase.POST.name() + ":" + position, new long[2]);
            BigDecimal preMean = mean(pre);
            BigDecimal postMean = mean(post);
            BigDecimal change = preMean == null || postMean == null ? null : postMean.subtract(preMean);
            items.add(new QuestionnaireItemResult(position + 1, questions.get(position), (int) pre[0], preMean,
                    (int) post[0], postMean, change));
        }
        return new QuestionnaireResults(cohort.getId(), cohort.getName(), course.getTitle(), items);
    }

    /** The mean to one decimal, or null when fewer people answered than may be shown. */
    private static BigDecimal mean(long[] tally) {
        if (tally[0] < QuestionnaireResults.MIN_GROUP) {
            return null;
        }
        return BigDecimal.valueOf(tally[1]).divide(BigDecimal.valueOf(tally[0]), 1, RoundingMode.HALF_UP);
    }

    /** PRE at the cohort's first session that still counts, POST at its last; both when it has only one. */
    private Set<Phase> phasesOf(WorkshopSession session) {
        if (session.isCancelled()) {
            return Set.of();
        }
        List<WorkshopSession> counted = sessions.findByCohortIdOrderByStartsAt(session.getCohortId()).stream()
                .filter(s -> !s.isCancelled()).toList();
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        if (counted.getFirst().getId().equals(session.getId())) {
            phases.add(Phase.PRE);
        }
        if (counted.getLast().getId().equals(session.getId())) {
            phases.add(Phase.POST);
        }
        return phases;
    }

    /** Why the session takes no answers now (a message key), or null when it does. */
    private String closedReason(WorkshopSession session, Course course, Set<Phase> phases) {
        if (session.isCancelled()) {
            return "questionnaire.closed.cancelled";
        }
        if (course.getQuestions().isEmpty()) {
            return "questionnaire.closed.no-questions";
        }
        if (phases.isEmpty()) {
            return "questionnaire.closed.not-first-or-last";
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String lock = AttendanceService.lockReason(session, now);
        if ("workshop.attendance.future".equals(lock)) {
            return "questionnaire.closed.future";
        }
        if (lock != null) {
            return "questionnaire.closed.locked";
        }
        if (!LocalDate.from(now).equals(session.getStartsAt().toLocalDate())) {
            return "questionnaire.closed.not-today";
        }
        return null;
    }

    /** Who may answer at this session, with whether they are a walk-in: the enrolled, and walk-ins present. */
    private Map<Long, Boolean> respondents(WorkshopSession session) {
        Map<Long, Boolean> people = new LinkedHashMap<>();
        enrolments.findEnrolledIn(List.of(session.getCohortId())).forEach(e -> people.put(e.getMemberId(), false));
        attendance.findBySession(session.getId()).stream()
                .filter(a -> a.isWalkIn() && a.getStatus() == AttendanceStatus.PRESENT)
                .forEach(a -> people.putIfAbsent(a.getMemberId(), true));
        return people;
    }

    private Map<Long, Set<Phase>> answeredIn(long cohortId) {
        Map<Long, Set<Phase>> answered = new HashMap<>();
        jdbc.query("SELECT DISTINCT member_id, phase FROM questionnaire_answer WHERE cohort_id = ?",
                rs -> {
                    answered.computeIfAbsent(rs.getLong("member_id"), id -> EnumSet.noneOf(Phase.class))
                            .add(Phase.valueOf(rs.getString("phase")));
                }, cohortId);
        return answered;
    }
}
