package org.infoplaza.workshop;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Fills free places from the waitlist, first come first served. Callers hold the cohort's lock
 * ({@link CohortRepository#findForUpdate}), so two withdrawals at once promote two different people.
 */
@Component
class Waitlist {

    private final EnrolmentRepository enrolments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Waitlist(EnrolmentRepository enrolments, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.events = events;
        this.clock = clock;
    }

    /** Promotes as many waiting members as there are free places; returns who was promoted. */
    List<Enrolment> fill(Cohort cohort) {
        long enrolled = enrolments.countByCohortIdAndStatus(cohort.getId(), EnrolmentStatus.ENROLLED);
        int free = (int) Math.max(0, cohort.getCapacity() - enrolled);
        if (free == 0) {
            return List.of();
        }
        List<Enrolment> promoted = enrolments.findWaitlist(cohort.getId()).stream().limit(free).toList();
        for (Enrolment enrolment : promoted) {
            enrolment.promote(clock.instant());
            enrolments.saveAndFlush(enrolment);
            events.publishEvent(new EnrolmentPromoted(cohort.getId(), enrolment.getMemberId()));
        }
        return promoted;
    }
}
