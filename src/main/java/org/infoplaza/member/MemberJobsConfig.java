package org.infoplaza.member;

import static org.quartz.CronScheduleBuilder.dailyAtHourAndMinute;

import java.util.TimeZone;
import org.infoplaza.shared.PanamaTime;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The member module's scheduled job, declared the house way: a fixed name (every node stores the same
 * definition, see {@code JobDefinitions}) and an explicit misfire rule. A nightly run missed while the
 * application was down is not replayed: the next night's run finds the same members, since the rule depends
 * only on the date.
 */
@Configuration(proxyBeanMethods = false)
class MemberJobsConfig {

    static final String MEMBER_RETENTION = "member-retention";

    @Bean
    JobDetail memberRetentionJob() {
        return JobBuilder.newJob(MemberRetentionJob.class).withIdentity(MEMBER_RETENTION)
                .withDescription("jobs.member-retention").storeDurably().build();
    }

    @Bean
    Trigger memberRetentionTrigger(JobDetail memberRetentionJob) {
        return TriggerBuilder.newTrigger().forJob(memberRetentionJob).withIdentity(MEMBER_RETENTION)
                .withSchedule(dailyAtHourAndMinute(2, 30).inTimeZone(TimeZone.getTimeZone(PanamaTime.ZONE))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
