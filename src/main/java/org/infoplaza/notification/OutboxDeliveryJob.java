package org.infoplaza.notification;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Thin on purpose: the dispatcher holds the logic and is tested on its own. */
@DisallowConcurrentExecution
class OutboxDeliveryJob implements Job {

    private final OutboxDispatcher dispatcher;

    OutboxDeliveryJob(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult("sent " + dispatcher.deliverDue());
    }
}
