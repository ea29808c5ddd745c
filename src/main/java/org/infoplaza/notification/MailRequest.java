package org.infoplaza.notification;

import java.util.Map;

/**
 * A message to send: its kind names the templates ({@code mail/<kind>.txt} and {@code .html}) and the
 * subject key ({@code mail.<kind>.subject}); the model fills them. {@code reference} ties the message to
 * what caused it (for example {@code booking:42}) for staff reading the outbox.
 */
public record MailRequest(String kind, Recipient recipient, Map<String, Object> model, CalendarEvent event,
        String reference) {

    public MailRequest {
        model = Map.copyOf(model);
    }
}
