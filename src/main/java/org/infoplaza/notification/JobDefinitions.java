package org.infoplaza.notification;

import java.util.List;
import java.util.Objects;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Brings the shared job store in line with the jobs and triggers declared in code, as each node starts, without
 * moving the timing of a trigger whose schedule is unchanged.
 *
 * <p>Spring's own registration ({@code spring.quartz.overwrite-existing-jobs}) would replace every stored trigger
 * at every start. A replaced trigger computes its first firing from the moment its bean was built, a few seconds
 * before it is stored: when a minute's firing fell in between, already run by another node, the new trigger
 * fired it again (found by {@code ops/cluster/scenarios.sh}: node2 starting at 17:27:03 ran the three minute jobs
 * node1 had run at 17:27:00). So Spring only adds what is missing, and this replaces job definitions (class,
 * description) and re-times a trigger only when its schedule changed in code.
 */
@Component
class JobDefinitions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JobDefinitions.class);

    private final ObjectProvider<Scheduler> scheduler;
    private final List<JobDetail> jobs;
    private final List<Trigger> triggers;

    JobDefinitions(ObjectProvider<Scheduler> scheduler, List<JobDetail> jobs, List<Trigger> triggers) {
        this.scheduler = scheduler;
        this.jobs = jobs;
        this.triggers = triggers;
    }

    @Override
    public void run(ApplicationArguments args) throws SchedulerException {
        Scheduler quartz = scheduler.getIfAvailable();
        if (quartz != null) {
            apply(quartz, jobs, triggers);
        }
    }

    /** Stores each job (replacing its definition) and each trigger that is new or whose schedule differs. */
    static void apply(Scheduler scheduler, List<JobDetail> jobs, List<Trigger> triggers) throws SchedulerException {
        for (JobDetail job : jobs) {
            scheduler.addJob(job, true, true);
        }
        for (Trigger wanted : triggers) {
            Trigger stored = scheduler.getTrigger(wanted.getKey());
            if (stored == null) {
                scheduler.scheduleJob(wanted);
            } else if (!sameSchedule(stored, wanted)) {
                log.info("The schedule of job trigger {} changed; it is re-timed from now", wanted.getKey().getName());
                scheduler.rescheduleJob(wanted.getKey(), wanted);
            }
        }
    }

    /** Same job, kind, schedule, time zone and misfire rule: then the stored trigger's timing stays. */
    static boolean sameSchedule(Trigger stored, Trigger wanted) {
        if (!stored.getJobKey().equals(wanted.getJobKey())
                || stored.getMisfireInstruction() != wanted.getMisfireInstruction()
                || !Objects.equals(stored.getDescription(), wanted.getDescription())) {
            return false;
        }
        if (stored instanceof CronTrigger a && wanted instanceof CronTrigger b) {
            return a.getCronExpression().equals(b.getCronExpression()) && a.getTimeZone().equals(b.getTimeZone());
        }
        if (stored instanceof SimpleTrigger a && wanted instanceof SimpleTrigger b) {
            return a.getRepeatInterval() == b.getRepeatInterval() && a.getRepeatCount() == b.getRepeatCount();
        }
        return false;
    }
}
