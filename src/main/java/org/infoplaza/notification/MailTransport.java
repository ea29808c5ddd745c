package org.infoplaza.notification;

/** Hands one rendered message to the outside world; throws when it could not. */
interface MailTransport {

    void send(OutboxMessage message) throws Exception;
}
