package org.infoplaza.workshop;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.PersonalDataContributor;
import org.infoplaza.member.PersonalDataEntry;
import org.infoplaza.member.PersonalDataRequest;
import org.infoplaza.member.PersonalDataSection;
import org.infoplaza.security.SystemAuthentication;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's workshop records at every centre, for the member's data export: enrolments (waitlist and
 * withdrawals too), attendance marks with their sessions, certificates (revoked ones too), questionnaire
 * answers with the statements answered, and the session reminders mailed.
 */
@Service
@Order(20)
@Transactional(readOnly = true)
class WorkshopPersonalData implements PersonalDataContributor {

    private static final Set<Long> NO_IDS = Set.of(-1L);

    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendance;
    private final CertificateRepository certificates;
    private final CohortRepository cohorts;
    private final CourseRepository courses;
    private final SessionRepository sessions;
    private final CentreService centres;
    private final JdbcTemplate jdbc;

    WorkshopPersonalData(EnrolmentRepository enrolments, AttendanceRepository attendance,
            CertificateRepository certificates, CohortRepository cohorts, CourseRepository courses,
            SessionRepository sessions, CentreService centres, JdbcTemplate jdbc) {
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.certificates = certificates;
        this.cohorts = cohorts;
        this.courses = courses;
        this.sessions = sessions;
        this.centres = centres;
        this.jdbc = jdbc;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<PersonalDataSection> personalData(PersonalDataRequest request) {
        long memberId = request.memberId();
        Names names = new Names();
        List<PersonalDataEntry> enrolled = enrolments.findByMemberIdOrderByQueuedAtDescIdDesc(memberId).stream()
                .map(e -> PersonalDataEntry.builder()
                        .add("course", "workshop.export.course", names.course(e.getCohortId()))
                        .add("cohort", "workshop.export.cohort", names.cohort(e.getCohortId()).getName())
                        .add("centre", "workshop.export.centre", names.centre(e.getCohortId()))
                        .code("status", "workshop.export.status", e.getStatus(), "workshop.enrolment.status.")
                        .add("queuedAt", "workshop.export.queued-at", e.getQueuedAt())
                        .add("enrolledAt", "workshop.export.enrolled-at", e.getEnrolledAt())
                        .add("withdrawnAt", "workshop.export.withdrawn-at", e.getWithdrawnAt())
                        .build())
                .toList();
        List<PersonalDataEntry> marks = attendance.findHistoryOf(memberId, true, NO_IDS, Pageable.unpaged()).stream()
                .map(row -> {
                    Attendance mark = (Attendance) row[0];
                    WorkshopSession session = (WorkshopSession) row[1];
                    return PersonalDataEntry.builder()
                            .add("course", "workshop.export.course", names.course(session.getCohortId()))
                            .add("cohort", "workshop.export.cohort", names.cohort(session.getCohortId()).getName())
                            .add("centre", "workshop.export.centre", names.centre(session.getCohortId()))
                            .add("sessionStartsAt", "workshop.export.session-starts-at", session.getStartsAt())
                            .add("sessionEndsAt", "workshop.export.session-ends-at", session.getEndsAt())
                            .code("status", "workshop.export.attendance", mark.getStatus(),
                                    "workshop.attendance.status.")
                            .add("walkIn", "workshop.export.walk-in", mark.isWalkIn())
                            .add("recordedAt", "workshop.export.recorded-at", mark.getRecordedAt())
                            .build();
                })
                .toList();
        List<PersonalDataEntry> issued = certificates.findByMemberIdOrderByIssuedAtDescIdDesc(memberId).stream()
                .map(Certificate::toDetails)
                .map(c -> PersonalDataEntry.builder()
                        .add("code", "workshop.export.certificate-code", c.code())
                        .add("course", "workshop.export.course", c.courseTitle())
                        .add("hours", "workshop.export.hours", c.hours())
                        .add("firstDay", "workshop.export.first-day", c.firstDay())
                        .add("lastDay", "workshop.export.last-day", c.lastDay())
                        .add("centre", "workshop.export.centre", c.centreName())
                        .add("facilitators", "workshop.export.facilitators", c.facilitators())
                        .add("issuedAt", "workshop.export.issued-at", c.issuedAt())
                        .add("revokedAt", "workshop.export.revoked-at", c.revokedAt())
                        .add("revokeReason", "workshop.export.revoke-reason", c.revokeReason())
                        .build())
                .toList();
        // Rows first, names after: no other query runs while a result set is open.
        List<Answer> answerRows = jdbc.query("""
                SELECT cohort_id, phase, position, answer, recorded_at FROM questionnaire_answer
                WHERE member_id = ? ORDER BY recorded_at DESC, cohort_id, phase DESC, position
                """, (row, n) -> new Answer(row.getLong("cohort_id"), Phase.valueOf(row.getString("phase")),
                row.getInt("position"), row.getInt("answer"),
                // Read back as QuestionnaireService writes it: a java.sql.Timestamp.
                row.getTimestamp("recorded_at").toInstant()), memberId);
        List<PersonalDataEntry> answers = answerRows.stream().map(a -> {
            List<String> statements = names.questions(a.cohortId());
            return PersonalDataEntry.builder()
                    .add("course", "workshop.export.course", names.course(a.cohortId()))
                    .add("cohort", "workshop.export.cohort", names.cohort(a.cohortId()).getName())
                    .code("phase", "workshop.export.phase", a.phase(), "questionnaire.title.")
                    .add("statement", "workshop.export.statement",
                            a.position() < statements.size() ? statements.get(a.position()) : null)
                    .add("answer", "workshop.export.answer", a.answer())
                    .add("recordedAt", "workshop.export.recorded-at", a.recordedAt())
                    .build();
        }).toList();
        List<Reminder> reminderRows = jdbc.query(
                "SELECT session_id, sent_at FROM workshop_reminder WHERE member_id = ? ORDER BY sent_at DESC",
                // Read back as WorkshopReminders writes it: an Instant through the driver.
                (row, n) -> new Reminder(row.getLong("session_id"), row.getObject("sent_at", Instant.class)), memberId);
        List<PersonalDataEntry> reminders = reminderRows.stream().map(r -> {
            WorkshopSession session = sessions.findById(r.sessionId()).orElseThrow();
            return PersonalDataEntry.builder()
                    .add("course", "workshop.export.course", names.course(session.getCohortId()))
                    .add("sessionStartsAt", "workshop.export.session-starts-at", session.getStartsAt())
                    .add("sentAt", "workshop.export.sent-at", r.sentAt())
                    .build();
        }).toList();
        return List.of(new PersonalDataSection("workshopEnrolments", "workshop.export.enrolments", enrolled),
                new PersonalDataSection("workshopAttendance", "workshop.export.attendance-marks", marks),
                new PersonalDataSection("certificates", "workshop.export.certificates", issued),
                new PersonalDataSection("questionnaireAnswers", "workshop.export.questionnaire", answers),
                new PersonalDataSection("workshopReminders", "workshop.export.reminders", reminders));
    }

    private record Answer(long cohortId, Phase phase, int position, int answer, Instant recordedAt) {
    }

    private record Reminder(long sessionId, Instant sentAt) {
    }

    /** Cohorts, courses and centres, each read once per export. */
    private final class Names {

        private final Map<Long, Cohort> cohortsById = new HashMap<>();
        private final Map<Long, Course> coursesById = new HashMap<>();
        private final Map<Long, String> centresById = new HashMap<>();

        Cohort cohort(long cohortId) {
            return cohortsById.computeIfAbsent(cohortId, id -> cohorts.findById(id).orElseThrow());
        }

        String course(long cohortId) {
            return courseOf(cohortId).getTitle();
        }

        List<String> questions(long cohortId) {
            return courseOf(cohortId).getQuestions();
        }

        String centre(long cohortId) {
            return centresById.computeIfAbsent(cohort(cohortId).getCentreId(), id -> {
                // The person's workshops at other centres than the exporting operator's belong in the export too.
                CentreDetails centre = SystemAuthentication.call(() -> centres.get(id));
                return centre.code() + " " + centre.name();
            });
        }

        private Course courseOf(long cohortId) {
            return coursesById.computeIfAbsent(cohort(cohortId).getCourseId(), id -> courses.findById(id).orElseThrow());
        }
    }
}
