package org.infoplaza.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An attachment as the outbox keeps it ({@code outbox_attachment}), in the order it was given. */
@Embeddable
class StoredAttachment {

    private String fileName;
    private String contentType;

    @Column(columnDefinition = "LONGBLOB")
    private byte[] content;

    protected StoredAttachment() {
    }

    StoredAttachment(MailAttachment attachment) {
        this.fileName = attachment.fileName();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content.clone();
    }
}
