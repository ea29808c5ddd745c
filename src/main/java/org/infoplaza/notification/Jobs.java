package org.infoplaza.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the scheduler has planned and how each job's last run went, read from the shared job store. */
@Service
@Transactional(readOnly = true)
public class Jobs {

    private final Scheduler scheduler;
    private final JobRunRepository runs;

    Jobs(Scheduler scheduler, JobRunRepository runs) {
        this.scheduler = scheduler;
        this.runs = runs;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<JobOverview> overview() {
        try {
            List<JobOverview> jobs = new ArrayList<>();
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
                JobDetail detail = scheduler.getJobDetail(key);
                List<? extends Trigger> triggers = scheduler.getTriggersOfJob(key);
                Instant previous = triggers.stream().map(Trigger::getPreviousFireTime).filter(d -> d != null)
                        .max(Comparator.naturalOrder()).map(Date::toInstant).orElse(null);
                Instant next = triggers.stream().map(Trigger::getNextFireTime).filter(d -> d != null)
                        .min(Comparator.naturalOrder()).map(Date::toInstant).orElse(null);
                jobs.add(new JobOverview(key.getName(), detail.getDescription(), previous, next,
                        runs.findFirstByJobNameOrderByStartedAtDesc(key.getName()).map(JobRun::toDetails).orElse(null)));
            }
            jobs.sort(Comparator.comparing(JobOverview::name));
            return jobs;
        } catch (SchedulerException e) {
            throw new IllegalStateException("The job store could not be read", e);
        }
    }
}
