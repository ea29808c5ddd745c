package org.infoplaza.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.SearchPattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox. Features call {@link #enqueue} inside their own transaction, so the change and the
 * message it causes are committed together or not at all; a job delivers the message later. Recipients
 * without an e-mail address are recorded as skipped, with the reason, instead of failing. Administrators
 * read, retry and cancel messages.
 */
@Service
@Transactional(readOnly = true)
public class Outbox {

    private final OutboxRepository messages;
    private final MailTemplates templates;
    private final Clock clock;

    Outbox(OutboxRepository messages, MailTemplates templates, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
    }

    /** Renders the message in the recipient's language and stores it; joins the caller's transaction. */
    @Transactional
    public OutboxMessageDetails enqueue(MailRequest request) {
        Instant now = clock.instant();
        RenderedMail mail = templates.render(request.kind(), request.recipient().locale(), request.model());
        String calendar = request.event() == null ? null : IcsWriter.write(request.event(), now);
        return messages.save(new OutboxMessage(request, mail, calendar, now)).toDetails();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<OutboxMessageDetails> page(OutboxFilter filter, Pageable pageable) {
        return messages.search(filter.status(), pattern(filter), pageable).map(OutboxMessage::toDetails);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(OutboxFilter filter) {
        return messages.search(filter.status(), pattern(filter), Pageable.ofSize(1)).getTotalElements();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long countByStatus(OutboxStatus status) {
        return messages.countByStatus(status);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OutboxMessageDetails retry(long id, long version) {
        OutboxMessage message = load(id, version);
        message.retry(clock.instant());
        return message.toDetails();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OutboxMessageDetails cancel(long id, long version) {
        OutboxMessage message = load(id, version);
        message.cancel(clock.instant());
        return message.toDetails();
    }

    /** Queues a short test message so an administrator can check the mail settings end to end. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OutboxMessageDetails sendTestMail(String address, Locale locale) {
        return enqueue(new MailRequest("test", new Recipient(null, address, locale),
                Map.of("sentAt", clock.instant()), null, "test"));
    }

    private OutboxMessage load(long id, long version) {
        OutboxMessage message = messages.findById(id).orElseThrow(NotFoundException::new);
        if (message.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return message;
    }

    private static String pattern(OutboxFilter filter) {
        return SearchPattern.contains(filter.text() == null ? "" : filter.text().toLowerCase(Locale.ROOT));
    }
}
