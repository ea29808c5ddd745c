package org.infoplaza.booking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a station frees, the walk-in queue of its centre is offered it. This runs after the change that
 * freed it has committed, in its own transaction and as the same user, so a problem in the queue can never
 * undo a check-out, a cancellation or a job's release.
 *
 * <p>It runs on the application's task executor, moments later, not on the thread that committed: that
 * thread still holds its database connection until the commit's callbacks are done, and a new transaction
 * there needs a second one. With as many check-outs and cancellations at once as the pool has connections,
 * each held one and waited for another until the pool's timeout (found by the load benchmark, issue #8).
 * The boards hear of the offer through the {@link BookingsChanged} it publishes.
 */
@Component
class FreedStations {

    private static final Logger log = LoggerFactory.getLogger(FreedStations.class);

    private final WalkInQueue queue;
    private final TransactionTemplate newTransaction;
    private final TaskExecutor executor;

    FreedStations(WalkInQueue queue, PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.queue = queue;
        this.executor = executor;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.newTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @TransactionalEventListener
    void on(SessionEnded event) {
        offer(event.centreId());
    }

    @TransactionalEventListener
    void on(BookingCancelled event) {
        offer(event.centreId());
    }

    @TransactionalEventListener
    void on(NoShowReleased event) {
        offer(event.centreId());
    }

    private void offer(long centreId) {
        try {
            executor.execute(new DelegatingSecurityContextRunnable(() -> offerNow(centreId)));
        } catch (TaskRejectedException e) {
            log.warn("Could not offer freed stations of centre {} to the walk-in queue: {}", centreId, e.toString());
        }
    }

    private void offerNow(long centreId) {
        try {
            newTransaction.executeWithoutResult(status -> queue.offerFreeStations(centreId));
        } catch (RuntimeException e) {
            // The minute job offers the station again; only the centre id is logged, never who waits.
            log.warn("Could not offer freed stations of centre {} to the walk-in queue: {}", centreId, e.toString());
        }
    }
}
