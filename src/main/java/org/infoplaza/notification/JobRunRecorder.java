package org.infoplaza.notification;

import java.time.Clock;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.quartz.listeners.JobListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes every job run's outcome, whichever node ran it, so admins see the last result of each job. */
@Component
class JobRunRecorder extends JobListenerSupport {

    private static final Logger log = LoggerFactory.getLogger(JobRunRecorder.class);

    private final JobRunRepository runs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JobRunRecorder(JobRunRepository runs, TransactionTemplate transactions, Clock clock) {
        this.runs = runs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return "job-run-recorder";
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        String node;
        try {
            node = context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            node = "?";
        }
        String message = failure != null ? failure.getMessage() : context.getResult() == null ? null : context.getResult().toString();
        JobRun run = new JobRun(context.getJobDetail().getKey().getName(), node, context.getFireTime().toInstant(),
                clock.instant(), failure == null, message);
        try {
            transactions.executeWithoutResult(status -> runs.save(run));
        } catch (RuntimeException e) {
            log.warn("Could not record the run of job {}", context.getJobDetail().getKey().getName(), e);
        }
    }
}
