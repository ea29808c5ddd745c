package org.infoplaza.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.shared.DomainException;
import org.infoplaza.staff.StaffOption;
import org.infoplaza.staff.StaffService;
import org.infoplaza.workshop.CohortData;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseData;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.SessionDetails;
import org.infoplaza.workshop.SessionTime;
import org.infoplaza.workshop.Track;
import org.infoplaza.workshop.WeeklyPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's workshops: a catalogue of three courses and three cohorts at Curundú run by the demo
 * facilitator. The violence-prevention group meets every weekday afternoon from today and is one place short,
 * so its waitlist has someone on it ({@link DemoToday} gives it a session today at every start, whatever the
 * hour); the digital-literacy group uses the computer room on Wednesday mornings; and a morning group of the
 * same violence-prevention course finished last week, its attendance taken, so certificates can be issued
 * (all but one of its members reached the course's threshold).
 */
@Component
class DemoWorkshops {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkshops.class);

    private final CourseService courses;
    private final CohortService cohorts;
    private final EnrolmentService enrolments;
    private final StaffService staff;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoWorkshops(CourseService courses, CohortService cohorts, EnrolmentService enrolments, StaffService staff,
            JdbcTemplate jdbc, Clock clock) {
        this.courses = courses;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create(CentreDetails centre, List<Long> teens, List<Long> adults, List<Long> graduates) {
        CourseDetails convivencia = courses.create(new CourseData("Convivencia sin violencia",
                Track.VIOLENCE_PREVENTION, "Emociones, comunicación asertiva, decir que no y resolver conflictos en paz.",
                13, 18, 10, new BigDecimal("20.0"), CourseData.DEFAULT_THRESHOLD, false,
                List.of("Sé cómo calmarme cuando me enojo.", "Puedo decir que no sin pelear.",
                        "Cuando hay un conflicto, busco una salida pacífica."), 0));
        CourseDetails alfabetizacion = courses.create(new CourseData("Alfabetización digital", Track.DIGITAL_SKILLS,
                "Correo, navegación segura y trámites en línea.", 16, null, 8, new BigDecimal("16.0"),
                CourseData.DEFAULT_THRESHOLD, true, List.of(), 0));
        courses.create(new CourseData("Programación con bloques", Track.CODING_FOR_CHILDREN,
                "Primeros programas con bloques: secuencias, bucles y condiciones.", 8, 12, 6, new BigDecimal("9.0"),
                75, true, List.of(), 0));
        Set<Long> facilitators = Set.copyOf(staff.facilitatorsAt(centre.id()).stream().map(StaffOption::id).toList());
        LocalDate today = LocalDate.now(clock);

        CohortDetails afternoons = cohort(centre, convivencia, "Grupo de la tarde", 5, facilitators,
                new WeeklyPattern(today, 2, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(15, 0), LocalTime.of(17, 0)));
        teens.forEach(teen -> enrol(afternoons, teen));
        CohortDetails mornings = cohort(centre, alfabetizacion, "Miércoles por la mañana", 12, facilitators,
                new WeeklyPattern(today, 8, Set.of(DayOfWeek.WEDNESDAY), LocalTime.of(9, 0), LocalTime.of(11, 0)));
        adults.forEach(adult -> enrol(mornings, adult));
        finished(centre, convivencia, facilitators, graduates);
    }

    /**
     * A cohort that finished last week, ready for certificates: planned through the service on the coming
     * Tuesdays and Thursdays (so every rule applies), its members enrolled, then moved whole weeks back, so its
     * sessions keep their weekdays and hours, and its attendance written as the facilitator took it. The last
     * member missed half the sessions, so one certificate is refused and says why.
     */
    CohortDetails finished(CentreDetails centre, CourseDetails course, Set<Long> facilitators, List<Long> members) {
        LocalDate today = LocalDate.now(clock);
        CohortDetails cohort = cohort(centre, course, "Grupo de la mañana", members.size(), facilitators,
                new WeeklyPattern(today, 3, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0),
                        LocalTime.of(11, 0)));
        members.forEach(member -> enrol(cohort, member));
        List<SessionDetails> sessions = cohort.sessions();
        long weeksBack = ChronoUnit.DAYS.between(today, sessions.getLast().startsAt().toLocalDate()) / 7 + 2;
        for (SessionDetails session : sessions) {
            jdbc.update("UPDATE workshop_session SET starts_at = ?, ends_at = ? WHERE id = ?",
                    Timestamp.valueOf(session.startsAt().minusWeeks(weeksBack)),
                    Timestamp.valueOf(session.endsAt().minusWeeks(weeksBack)), session.id());
        }
        LocalDate firstDay = sessions.getFirst().startsAt().minusWeeks(weeksBack).toLocalDate();
        jdbc.update("UPDATE cohort SET enrolment_opens = ?, enrolment_closes = ? WHERE id = ?",
                firstDay.minusWeeks(3), firstDay.minusDays(1), cohort.id());
        jdbc.update("UPDATE enrolment SET queued_at = ?, enrolled_at = ? WHERE cohort_id = ?",
                Timestamp.valueOf(firstDay.minusWeeks(2).atTime(10, 0)),
                Timestamp.valueOf(firstDay.minusWeeks(2).atTime(10, 0)), cohort.id());
        long facilitator = facilitators.iterator().next();
        for (int s = 0; s < sessions.size(); s++) {
            Timestamp recorded = Timestamp.valueOf(sessions.get(s).startsAt().minusWeeks(weeksBack).plusMinutes(10));
            for (int m = 0; m < members.size(); m++) {
                boolean last = m == members.size() - 1;
                String status = last && s % 2 == 1 ? "ABSENT" : m == 0 && s == 2 ? "EXCUSED" : "PRESENT";
                jdbc.update("""
                        INSERT INTO attendance (session_id, member_id, status, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?)""", sessions.get(s).id(), members.get(m), status, recorded, facilitator);
            }
        }
        return cohort;
    }

    private CohortDetails cohort(CentreDetails centre, CourseDetails course, String name, int capacity,
            Set<Long> facilitators, WeeklyPattern pattern) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<SessionTime> sessions = cohorts.plan(centre.id(), pattern).sessions().stream()
                .filter(s -> s.start().isAfter(now)).toList();
        LocalDate today = now.toLocalDate();
        return cohorts.create(new CohortData(course.id(), centre.id(), name, capacity, today.minusDays(7),
                today.plusWeeks(3), facilitators, 0), sessions);
    }

    private void enrol(CohortDetails cohort, long memberId) {
        try {
            enrolments.enrol(cohort.id(), memberId);
        } catch (DomainException refused) {
            log.debug("Demo enrolment left out: {}", refused.messageKey());
        }
    }
}
