package org.infoplaza.workshop;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.infoplaza.centre.CentreData;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;

/**
 * Test set-up for workshops: a centre open on weekdays 08:00–12:00 and 13:00–18:00, courses, cohorts with
 * sessions on coming Tuesdays and Thursdays at 15:00–17:00, and members who may (or may not) join.
 */
public final class WorkshopDesk {

    private WorkshopDesk() {
    }

    /** The first Monday after today: tests stand on it, so every session of the coming weeks is ahead. */
    public static LocalDate monday() {
        return LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    public static LocalDateTime mondayAt(int hour, int minute) {
        return monday().atTime(hour, minute);
    }

    public static CentreDetails centre(Fixtures fixtures, CentreService centres) {
        return centre(fixtures, centres, fixtures.centreData("X").municipalityId());
    }

    /** The same centre in a given municipality (a report of that municipality then shows only what a test made). */
    public static CentreDetails centre(Fixtures fixtures, CentreService centres, long municipalityId) {
        CentreData d = fixtures.centreData(Fixtures.unique("W"));
        List<OpeningPeriod> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(new OpeningPeriod(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            hours.add(new OpeningPeriod(day, LocalTime.of(13, 0), LocalTime.of(18, 0)));
        }
        return SystemAuthentication.call(() -> centres.create(new CentreData(d.code(), d.name(), municipalityId,
                d.corregimiento(), d.address(), d.phone(), d.email(), d.hostOrganisation(), d.hostKind(),
                CentreRules.defaults(), hours, d.openedOn(), 0)));
    }

    /** A course data record: ages 13–18, 10 sessions of 2 hours, 80 % to complete, no computer room. */
    public static CourseData courseData(String title) {
        return new CourseData(title, Track.VIOLENCE_PREVENTION, "Convivencia y resolución pacífica de conflictos",
                13, 18, 10, new BigDecimal("20.0"), CourseData.DEFAULT_THRESHOLD, false,
                List.of("Sé cómo calmarme cuando me enojo", "Puedo decir que no sin pelear"), 0);
    }

    public static CourseDetails course(CourseService courses) {
        return SystemAuthentication.call(() -> courses.create(courseData(Fixtures.unique("Convivencia"))));
    }

    public static CourseDetails course(CourseService courses, CourseData data) {
        return SystemAuthentication.call(() -> courses.create(data));
    }

    /** Tuesdays and Thursdays 15:00–17:00 for {@code weeks} weeks from the coming Monday. */
    public static WeeklyPattern tuesdaysAndThursdays(int weeks) {
        return new WeeklyPattern(monday(), weeks, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(15, 0),
                LocalTime.of(17, 0));
    }

    /** Cohort data with enrolment open from today for four weeks. */
    public static CohortData cohortData(long courseId, long centreId, int capacity, long facilitatorId) {
        LocalDate today = LocalDate.now(PanamaTime.ZONE);
        return new CohortData(courseId, centreId, Fixtures.unique("Grupo"), capacity, today.minusDays(1),
                today.plusWeeks(4), Set.of(facilitatorId), 0);
    }

    /** A cohort with the sessions the pattern gives, created by whoever is signed in. */
    public static CohortDetails cohort(CohortService cohorts, CohortData data, WeeklyPattern pattern) {
        return cohorts.create(data, cohorts.plan(data.centreId(), pattern).sessions());
    }

    public static long adult(MemberService members, long centreId) {
        return members.register(MemberRegistrations.aMember(centreId).build()).id();
    }

    /** A 15-year-old with the guardian's consents to data processing and to workshops. */
    public static long teenWithConsent(MemberService members, long centreId) {
        return members.register(MemberRegistrations.aMember(centreId)
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(40))
                .withWorkshopConsent().build()).id();
    }

    /** A 15-year-old whose guardian consented to data processing but not to workshops. */
    public static long teenWithoutWorkshopConsent(MemberService members, long centreId) {
        return members.register(MemberRegistrations.aMember(centreId)
                .bornOn(LocalDate.now(PanamaTime.ZONE).minusYears(15).minusDays(40))
                .withConsent().build()).id();
    }
}
