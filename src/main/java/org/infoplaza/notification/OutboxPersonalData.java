package org.infoplaza.notification;

import java.util.List;
import org.infoplaza.member.PersonalDataContributor;
import org.infoplaza.member.PersonalDataEntry;
import org.infoplaza.member.PersonalDataRequest;
import org.infoplaza.member.PersonalDataSection;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail the outbox still keeps for a member (purged messages no longer name anyone), for the member's data
 * export: when, what kind, to which name and address, the subject and text, and what became of it.
 */
@Service
@Order(30)
@Transactional(readOnly = true)
class OutboxPersonalData implements PersonalDataContributor {

    private final OutboxRepository messages;

    OutboxPersonalData(OutboxRepository messages) {
        this.messages = messages;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<PersonalDataSection> personalData(PersonalDataRequest request) {
        List<PersonalDataEntry> mail = messages.findByMemberIdOrderByCreatedAtDescIdDesc(request.memberId()).stream()
                .map(OutboxMessage::toDetails)
                .map(m -> PersonalDataEntry.builder()
                        .add("createdAt", "outbox.export.created-at", m.createdAt())
                        .add("kind", "outbox.export.kind", m.kind())
                        .add("recipientName", "outbox.export.recipient-name", m.recipientName())
                        .add("recipientEmail", "outbox.export.recipient-email", m.recipientEmail())
                        .add("subject", "outbox.export.subject", m.subject())
                        .add("bodyText", "outbox.export.body", m.bodyText())
                        .code("status", "outbox.export.status", m.status(), "system.outbox.status.")
                        .add("sentAt", "outbox.export.sent-at", m.sentAt())
                        .build())
                .toList();
        return List.of(new PersonalDataSection("mail", "outbox.export.mail", mail));
    }
}
