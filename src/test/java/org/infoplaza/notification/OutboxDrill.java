package org.infoplaza.notification;

import java.time.Instant;
import java.util.Collection;
import org.springframework.context.ApplicationContext;

/**
 * Test help for tests outside this package: runs the real dispatcher until each given message has been tried
 * at least once (other messages due in the shared test database are tried along the way).
 */
public final class OutboxDrill {

    private static final int MAX_POLLS = 200;

    private OutboxDrill() {
    }

    public static void attempt(ApplicationContext context, Collection<Long> messageIds) {
        OutboxDispatcher dispatcher = context.getBean(OutboxDispatcher.class);
        OutboxRepository messages = context.getBean(OutboxRepository.class);
        // Due when the latest of them is (the test's clock may stand in the future).
        Instant now = messageIds.stream().map(id -> messages.findById(id).map(OutboxMessage::getNextAttemptAt)
                .orElse(Instant.EPOCH)).max(Instant::compareTo).orElse(Instant.now());
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            boolean allTried = messageIds.stream().allMatch(id -> messages.findById(id)
                    .map(m -> m.getAttempts() > 0 || m.getStatus() != OutboxStatus.PENDING).orElse(true));
            if (allTried) {
                return;
            }
            dispatcher.deliverDue(now);
        }
        throw new AssertionError("The messages were not all tried after " + MAX_POLLS + " polls");
    }
}
