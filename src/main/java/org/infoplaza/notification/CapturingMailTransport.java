package org.infoplaza.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the demo: nothing leaves the machine. The message counts as sent and stays readable in the System
 * view. The recipient's address is not logged.
 */
class CapturingMailTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(CapturingMailTransport.class);

    @Override
    public void send(OutboxMessage message) {
        log.info("Captured outbox message {} (demo mode, not sent)", message.getId());
    }
}
