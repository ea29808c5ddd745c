package org.infoplaza.workshop;

import static org.quartz.CronScheduleBuilder.cronSchedule;

import java.util.TimeZone;
import org.infoplaza.shared.PanamaTime;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workshops' scheduled work, declared the house way (fixed names, explicit misfire rules). A run missed
 * while the application was down is not replayed: the next one finds the same sessions still unreminded.
 */
@Configuration(proxyBeanMethods = false)
class WorkshopJobsConfig {

    static final String REMINDERS = "workshop-reminders";
    private static final String EVERY_QUARTER_HOUR = "0 0/15 * * * ?";

    @Bean
    JobDetail workshopRemindersJob() {
        return JobBuilder.newJob(WorkshopReminderJob.class).withIdentity(REMINDERS)
                .withDescription("jobs.workshop-reminders").storeDurably().build();
    }

    @Bean
    Trigger workshopRemindersTrigger(JobDetail workshopRemindersJob) {
        return TriggerBuilder.newTrigger().forJob(workshopRemindersJob).withIdentity(REMINDERS)
                .withSchedule(cronSchedule(EVERY_QUARTER_HOUR).inTimeZone(TimeZone.getTimeZone(PanamaTime.ZONE))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
