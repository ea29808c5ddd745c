package org.infoplaza.reporting;

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
 * The monthly cycle's job, declared the house way (fixed name, explicit misfire rule). It fires at 05:30 on
 * the first of the month, Panama time, before any centre opens. A run missed while the application was
 * down fires once as soon as it is back: the job is idempotent, and the month must not stay unclosed.
 */
@Configuration(proxyBeanMethods = false)
class MonthCycleJobsConfig {

    static final String MONTH_CYCLE = "reporting-month-cycle";
    static final String FIRST_OF_MONTH = "0 30 5 1 * ?";

    @Bean
    JobDetail monthCycleJob() {
        return JobBuilder.newJob(MonthCycleJob.class).withIdentity(MONTH_CYCLE)
                .withDescription("jobs.reporting-month-cycle").storeDurably().requestRecovery().build();
    }

    @Bean
    Trigger monthCycleTrigger(JobDetail monthCycleJob) {
        return TriggerBuilder.newTrigger().forJob(monthCycleJob).withIdentity(MONTH_CYCLE)
                .withSchedule(cronSchedule(FIRST_OF_MONTH).inTimeZone(TimeZone.getTimeZone(PanamaTime.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
