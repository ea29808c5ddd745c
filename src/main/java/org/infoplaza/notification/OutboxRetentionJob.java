package org.infoplaza.notification;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Thin on purpose: {@link OutboxRetention} holds the rule and is tested on its own. */
@DisallowConcurrentExecution
class OutboxRetentionJob implements Job {

    private final OutboxRetention retention;

    OutboxRetentionJob(OutboxRetention retention) {
        this.retention = retention;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult("purged " + retention.purgeDue());
    }
}
