package org.infoplaza.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.SessionTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the demo facilitator a session today, whatever the hour and the day the demo is started on, and again
 * at every later start, since demo data is kept: when the demo's afternoon group has no session today, one is
 * added within the centre's opening hours. It is the session under way now when the centre is open, the
 * day's last one when it has closed, and the first one when it has not opened yet. A session that has
 * started is written directly, as a facilitator would have added it that morning (the service refuses times
 * in the past); one still to come goes through the service and its rules. A day the centre is closed gets
 * none.
 */
@Component
class DemoToday {

    /** The demo's afternoon group at Curundú, the one the facilitator takes attendance of. */
    static final String CENTRE_CODE = "PAN-CUR";
    static final String COHORT_NAME = "Grupo de la tarde";
    static final Duration LENGTH = Duration.ofHours(2);

    private static final Logger log = LoggerFactory.getLogger(DemoToday.class);

    private final CentreService centres;
    private final CohortService cohorts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoToday(CentreService centres, CohortService cohorts, JdbcTemplate jdbc, Clock clock) {
        this.centres = centres;
        this.cohorts = cohorts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds today's session to the demo's afternoon group if it has none; runs as the system. */
    void ensure() {
        centres.accessibleCentres().stream().filter(c -> c.code().equals(CENTRE_CODE)).findFirst()
                .flatMap(centre -> cohorts.list(centre.id()).stream()
                        .filter(c -> c.name().equals(COHORT_NAME) && !c.cancelled()).findFirst())
                .ifPresent(cohort -> ensure(cohort.id()));
    }

    /** Adds a session today to the cohort unless it has one; returns the session added, if any. */
    Optional<SessionTime> ensure(long cohortId) {
        CohortDetails cohort = cohorts.get(cohortId);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        LocalDate today = now.toLocalDate();
        if (cohort.sessions().stream().anyMatch(s -> !s.cancelled() && s.startsAt().toLocalDate().equals(today))) {
            return Optional.empty();
        }
        CentreDetails centre = centres.get(cohort.centreId());
        boolean closedToday = centres.closures(centre.id(), today, today).stream().anyMatch(c -> c.covers(today));
        Optional<SessionTime> slot = closedToday ? Optional.empty()
                : slot(centre.hoursOn(today.getDayOfWeek()), now);
        if (slot.isEmpty()) {
            log.info("The demo's workshop group gets no session today: its centre is closed today");
            return Optional.empty();
        }
        SessionTime time = slot.get();
        if (time.start().isAfter(now)) {
            cohorts.addSession(cohortId, time);
        } else {
            jdbc.update("INSERT INTO workshop_session (cohort_id, starts_at, ends_at) VALUES (?, ?, ?)", cohortId,
                    Timestamp.valueOf(time.start()), Timestamp.valueOf(time.end()));
        }
        log.info("Demo workshop session added for today, {}–{}", time.start().toLocalTime(), time.end().toLocalTime());
        return slot;
    }

    /**
     * Today's session within the opening hours: up to {@link #LENGTH} in the period open now, from the hour
     * under way; else the last period that has closed, at its end (its sheet can still be filled in); else the
     * first period still to open. None on a day without opening hours.
     */
    static Optional<SessionTime> slot(List<OpeningPeriod> hours, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        List<OpeningPeriod> periods = hours.stream().sorted(Comparator.comparing(OpeningPeriod::opensAt)).toList();
        Optional<SessionTime> slot = Optional.empty();
        for (OpeningPeriod period : periods) {
            LocalDateTime opens = today.atTime(period.opensAt());
            LocalDateTime closes = today.atTime(period.closesAt());
            if (!now.isBefore(opens) && now.isBefore(closes)) {
                LocalDateTime start = max(opens, now.truncatedTo(ChronoUnit.HOURS));
                slot = Optional.of(new SessionTime(start, min(closes, start.plus(LENGTH))));
                break;
            }
            if (!closes.isAfter(now)) {
                slot = Optional.of(new SessionTime(max(opens, closes.minus(LENGTH)), closes));
            } else if (slot.isEmpty()) {
                slot = Optional.of(new SessionTime(opens, min(closes, opens.plus(LENGTH))));
                break;
            }
        }
        return slot;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
