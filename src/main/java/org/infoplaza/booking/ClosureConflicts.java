package org.infoplaza.booking;

import org.infoplaza.centre.ClosureAdded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A closure added after people booked those days flags their bookings (still waiting for the member) with
 * the closure's reason; nothing is cancelled, the operator decides ({@link BookingService#conflicts}). It
 * runs once the closure is committed, in its own transaction, so a problem here never undoes the closure.
 */
@Component
class ClosureConflicts {

    private static final Logger log = LoggerFactory.getLogger(ClosureConflicts.class);
    private static final int REASON_LENGTH = 200;

    private final BookingRepository bookings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate newTransaction;

    ClosureConflicts(BookingRepository bookings, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.bookings = bookings;
        this.events = events;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void on(ClosureAdded closure) {
        String reason = closure.reason() == null || closure.reason().isBlank() ? "—"
                : closure.reason().strip();
        String flag = reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
        try {
            newTransaction.executeWithoutResult(status -> {
                int flagged = bookings.flagConflicts(closure.centreId(), closure.firstDay().atStartOfDay(),
                        closure.lastDay().plusDays(1).atStartOfDay(), flag);
                if (flagged > 0) {
                    events.publishEvent(new BookingsChanged(closure.centreId()));
                }
            });
        } catch (RuntimeException e) {
            log.error("Could not flag the bookings of centre {} that a closure conflicts with: {}",
                    closure.centreId(), e.toString());
        }
    }
}
