package org.infoplaza.booking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a station frees, the walk-in queue of its centre is offered it. This runs after the change that
 * freed it has committed, in its own transaction and as the same user, so a problem in the queue can never
 * undo a check-out, a cancellation or a job's release.
 */
@Component
class FreedStations {

    private static final Logger log = LoggerFactory.getLogger(FreedStations.class);

    private final WalkInQueue queue;
    private final TransactionTemplate newTransaction;

    FreedStations(WalkInQueue queue, PlatformTransactionManager transactions) {
        this.queue = queue;
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
            newTransaction.executeWithoutResult(status -> queue.offerFreeStations(centreId));
        } catch (RuntimeException e) {
            // The minute job offers the station again; only the centre id is logged, never who waits.
            log.warn("Could not offer freed stations of centre {} to the walk-in queue: {}", centreId, e.toString());
        }
    }
}
