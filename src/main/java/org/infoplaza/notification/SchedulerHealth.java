package org.infoplaza.notification;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "scheduler" part of {@code /actuator/health}: up while this node's Quartz scheduler is started and not
 * paused, so that a load balancer or a monitor notices a node that would never run a job (reminders, no-show
 * release, mail delivery). Whether the other nodes run is theirs to report: in a cluster each node answers
 * for itself.
 */
@Component("scheduler")
class SchedulerHealth implements HealthIndicator {

    private final Scheduler scheduler;

    SchedulerHealth(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Health health() {
        try {
            SchedulerMetaData meta = scheduler.getMetaData();
            Health.Builder health = meta.isStarted() && !meta.isInStandbyMode() && !meta.isShutdown()
                    ? Health.up() : Health.down();
            return health.withDetail("instance", meta.getSchedulerInstanceId())
                    .withDetail("clustered", meta.isJobStoreClustered())
                    .withDetail("jobsRun", meta.getNumberOfJobsExecuted()).build();
        } catch (SchedulerException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
