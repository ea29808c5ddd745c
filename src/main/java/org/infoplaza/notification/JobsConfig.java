package org.infoplaza.notification;

import static org.quartz.CronScheduleBuilder.dailyAtHourAndMinute;
import static org.quartz.SimpleScheduleBuilder.repeatSecondlyForever;

import java.time.Duration;
import java.util.TimeZone;
import org.infoplaza.shared.PanamaTime;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jobs and triggers are declared here, in code, under fixed names: every node declares the same ones and
 * Quartz stores each once (existing definitions are overwritten, never duplicated). Misfire policies are
 * explicit: a poll that was missed is simply skipped, since the next one catches up; a nightly clean-up
 * missed during down time is not replayed.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfig {

    static final String OUTBOX_DELIVERY = "outbox-delivery";
    static final String JOB_RUN_CLEANUP = "job-run-cleanup";
    static final String OUTBOX_RETENTION = "outbox-retention";

    @Bean
    JobDetail outboxDeliveryJob() {
        return JobBuilder.newJob(OutboxDeliveryJob.class).withIdentity(OUTBOX_DELIVERY)
                .withDescription("jobs.outbox-delivery").storeDurably().requestRecovery().build();
    }

    @Bean
    Trigger outboxDeliveryTrigger(JobDetail outboxDeliveryJob, @Value("${infoplaza.mail.poll-interval}") Duration every) {
        return TriggerBuilder.newTrigger().forJob(outboxDeliveryJob).withIdentity(OUTBOX_DELIVERY)
                .withSchedule(repeatSecondlyForever((int) every.toSeconds())
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @Bean
    JobDetail jobRunCleanupJob() {
        return JobBuilder.newJob(JobRunCleanupJob.class).withIdentity(JOB_RUN_CLEANUP)
                .withDescription("jobs.job-run-cleanup").storeDurably().build();
    }

    @Bean
    Trigger jobRunCleanupTrigger(JobDetail jobRunCleanupJob) {
        return TriggerBuilder.newTrigger().forJob(jobRunCleanupJob).withIdentity(JOB_RUN_CLEANUP)
                .withSchedule(dailyAtHourAndMinute(3, 15).inTimeZone(TimeZone.getTimeZone(PanamaTime.ZONE))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    JobDetail outboxRetentionJob() {
        return JobBuilder.newJob(OutboxRetentionJob.class).withIdentity(OUTBOX_RETENTION)
                .withDescription("jobs.outbox-retention").storeDurably().build();
    }

    @Bean
    Trigger outboxRetentionTrigger(JobDetail outboxRetentionJob) {
        return TriggerBuilder.newTrigger().forJob(outboxRetentionJob).withIdentity(OUTBOX_RETENTION)
                .withSchedule(dailyAtHourAndMinute(3, 45).inTimeZone(TimeZone.getTimeZone(PanamaTime.ZONE))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    SchedulerFactoryBeanCustomizer recordJobRuns(JobRunRecorder recorder) {
        return factory -> factory.setGlobalJobListeners(recorder);
    }
}
