package org.infoplaza.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quartz.CronScheduleBuilder.cronSchedule;

import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a starting node does to the shared job store: a trigger whose schedule is unchanged keeps its timing,
 * even when the node built its trigger just before a firing another node has already run; a changed schedule
 * and a changed job definition are stored. On the application's own scheduler (not started in tests), under a
 * job name of its own.
 */
@IntegrationTest
class JobDefinitionsIntegrationTest {

    static final String EVERY_MINUTE = "0 * * * * ?";

    @Autowired
    Scheduler scheduler;

    final String name = "definitions-" + System.nanoTime();

    @AfterEach
    void removeTheJob() throws Exception {
        scheduler.deleteJob(JobKey.jobKey(name));
    }

    @Test
    void a_starting_node_leaves_the_timing_of_an_unchanged_trigger_alone() throws Exception {
        JobDetail job = job("jobs.test");
        JobDefinitions.apply(scheduler, List.of(job), List.of(trigger(job, EVERY_MINUTE, new Date())));
        Date next = scheduler.getTrigger(TriggerKey.triggerKey(name)).getNextFireTime();
        assertThat(next).isAfter(new Date());

        // Another node built the same trigger just before the minute that has fired since: alone, its first
        // firing would be that minute, in the past, and would run at once, a second time.
        Trigger builtBeforeTheLastFiring = trigger(job, EVERY_MINUTE, new Date(next.getTime() - 61_000));
        assertThat(builtBeforeTheLastFiring.getFireTimeAfter(new Date(next.getTime() - 62_000)))
                .isEqualTo(new Date(next.getTime() - 60_000));
        JobDefinitions.apply(scheduler, List.of(job), List.of(builtBeforeTheLastFiring));

        assertThat(scheduler.getTrigger(TriggerKey.triggerKey(name)).getNextFireTime()).isEqualTo(next);
    }

    @Test
    void a_schedule_changed_in_code_is_stored_and_timed_from_its_new_start() throws Exception {
        JobDetail job = job("jobs.test");
        JobDefinitions.apply(scheduler, List.of(job), List.of(trigger(job, EVERY_MINUTE, new Date())));

        JobDefinitions.apply(scheduler, List.of(job), List.of(trigger(job, "0 0/5 * * * ?", new Date())));

        CronTrigger stored = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(name));
        assertThat(stored.getCronExpression()).isEqualTo("0 0/5 * * * ?");
        assertThat(stored.getNextFireTime().getTime() / 1000 / 60 % 5).as("on a five-minute mark").isZero();
    }

    @Test
    void a_job_definition_changed_in_code_replaces_the_stored_one_and_keeps_its_trigger() throws Exception {
        JobDetail job = job("jobs.test");
        JobDefinitions.apply(scheduler, List.of(job), List.of(trigger(job, EVERY_MINUTE, new Date())));
        Date next = scheduler.getTrigger(TriggerKey.triggerKey(name)).getNextFireTime();

        JobDetail renamed = job("jobs.test.renamed");
        JobDefinitions.apply(scheduler, List.of(renamed), List.of(trigger(renamed, EVERY_MINUTE, new Date())));

        assertThat(scheduler.getJobDetail(JobKey.jobKey(name)).getDescription()).isEqualTo("jobs.test.renamed");
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey(name)).getNextFireTime()).isEqualTo(next);
    }

    private JobDetail job(String description) {
        return JobBuilder.newJob(NothingJob.class).withIdentity(name).withDescription(description).storeDurably()
                .build();
    }

    private Trigger trigger(JobDetail job, String cron, Date builtAt) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(name).startAt(builtAt)
                .withSchedule(cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(PanamaTime.ZONE))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    /** Never runs: the scheduler is not started in tests. */
    public static class NothingJob implements Job {

        @Override
        public void execute(JobExecutionContext context) {
        }
    }
}
