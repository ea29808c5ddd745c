package org.infoplaza.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.staff.StaffOption;
import org.infoplaza.staff.StaffService;
import org.infoplaza.workshop.CohortData;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseData;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.EnrolmentService;
import org.infoplaza.workshop.SessionTime;
import org.infoplaza.workshop.Track;
import org.infoplaza.workshop.WeeklyPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's workshops: a catalogue of three courses and two cohorts at Curundú run by the demo
 * facilitator. The violence-prevention group meets every weekday afternoon from today (so "today's
 * sessions" has something to show when the demo starts before 15:00) and is one place short, so its
 * waitlist has someone on it; the digital-literacy group uses the computer room on Wednesday mornings.
 */
@Component
class DemoWorkshops {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkshops.class);

    private final CourseService courses;
    private final CohortService cohorts;
    private final EnrolmentService enrolments;
    private final StaffService staff;

    DemoWorkshops(CourseService courses, CohortService cohorts, EnrolmentService enrolments, StaffService staff) {
        this.courses = courses;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.staff = staff;
    }

    void create(CentreDetails centre, List<Long> teens, List<Long> adults) {
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
        LocalDate today = LocalDate.now(PanamaTime.ZONE);

        CohortDetails afternoons = cohort(centre, convivencia, "Grupo de la tarde", 5, facilitators,
                new WeeklyPattern(today, 2, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(15, 0), LocalTime.of(17, 0)));
        teens.forEach(teen -> enrol(afternoons, teen));
        CohortDetails mornings = cohort(centre, alfabetizacion, "Miércoles por la mañana", 12, facilitators,
                new WeeklyPattern(today, 8, Set.of(DayOfWeek.WEDNESDAY), LocalTime.of(9, 0), LocalTime.of(11, 0)));
        adults.forEach(adult -> enrol(mornings, adult));
    }

    private CohortDetails cohort(CentreDetails centre, CourseDetails course, String name, int capacity,
            Set<Long> facilitators, WeeklyPattern pattern) {
        LocalDateTime now = LocalDateTime.now(PanamaTime.ZONE);
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
