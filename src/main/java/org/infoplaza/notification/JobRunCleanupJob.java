package org.infoplaza.notification;

import java.time.Clock;
import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps the job log short: runs older than 30 days are deleted each night. */
@DisallowConcurrentExecution
class JobRunCleanupJob implements Job {

    static final Duration KEEP = Duration.ofDays(30);

    private final JobRunRepository runs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JobRunCleanupJob(JobRunRepository runs, TransactionTemplate transactions, Clock clock) {
        this.runs = runs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Integer deleted = transactions.execute(status -> runs.deleteStartedBefore(clock.instant().minus(KEEP)));
        context.setResult("deleted " + deleted);
    }
}
