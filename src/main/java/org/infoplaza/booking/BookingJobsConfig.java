package org.infoplaza.booking;

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
 * The front desk's clockwork, declared the house way (fixed names, explicit misfire rules). Both jobs run
 * every minute; a minute missed while the application was down is not replayed one by one: the next run
 * finds the same overdue bookings and sessions, since the rules depend only on the time.
 */
@Configuration(proxyBeanMethods = false)
class BookingJobsConfig {

    static final String NO_SHOWS = "booking-no-shows";
    static final String SESSION_END = "booking-session-end";
    static final String REMINDERS = "booking-reminders";
    private static final String EVERY_MINUTE = "0 * * * * ?";

    @Bean
    JobDetail bookingNoShowsJob() {
        return JobBuilder.newJob(NoShowReleaseJob.class).withIdentity(NO_SHOWS)
                .withDescription("jobs.booking-no-shows").storeDurably().build();
    }

    @Bean
    Trigger bookingNoShowsTrigger(JobDetail bookingNoShowsJob) {
        return everyMinute(bookingNoShowsJob, NO_SHOWS);
    }

    @Bean
    JobDetail bookingSessionEndJob() {
        return JobBuilder.newJob(SessionEndJob.class).withIdentity(SESSION_END)
                .withDescription("jobs.booking-session-end").storeDurably().build();
    }

    @Bean
    Trigger bookingSessionEndTrigger(JobDetail bookingSessionEndJob) {
        return everyMinute(bookingSessionEndJob, SESSION_END);
    }

    @Bean
    JobDetail bookingRemindersJob() {
        return JobBuilder.newJob(BookingReminderJob.class).withIdentity(REMINDERS)
                .withDescription("jobs.booking-reminders").storeDurably().build();
    }

    @Bean
    Trigger bookingRemindersTrigger(JobDetail bookingRemindersJob) {
        return everyMinute(bookingRemindersJob, REMINDERS);
    }

    private static Trigger everyMinute(JobDetail job, String name) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(name)
                .withSchedule(cronSchedule(EVERY_MINUTE).inTimeZone(TimeZone.getTimeZone(PanamaTime.ZONE))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
