package org.infoplaza.notification;

import java.util.List;
import java.util.Map;

/**
 * A message to send: its kind names the templates ({@code mail/<kind>.txt} and {@code .html}) and the
 * subject key ({@code mail.<kind>.subject}); the model fills them. {@code reference} ties the message to
 * what caused it (for example {@code booking:42}) for staff reading the outbox. {@code attachments} are
 * files sent with it (none for most messages).
 */
public record MailRequest(String kind, Recipient recipient, Map<String, Object> model, CalendarEvent event,
        String reference, List<MailAttachment> attachments) {

    public MailRequest {
        model = Map.copyOf(model);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A message without attachments. */
    public MailRequest(String kind, Recipient recipient, Map<String, Object> model, CalendarEvent event,
            String reference) {
        this(kind, recipient, model, event, reference, List.of());
    }
}
