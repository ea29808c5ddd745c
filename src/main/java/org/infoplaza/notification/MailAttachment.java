package org.infoplaza.notification;

import java.util.Arrays;

/**
 * A file sent with a message (a monthly report as PDF, for example). It is stored with the message in the
 * outbox, so it must be made inside the caller's transaction like the message itself; keep it small (the
 * limit is {@value #MAX_BYTES} bytes) and free of members' personal data unless the recipient may read it.
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public MailAttachment {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new IllegalArgumentException("An attachment needs a file name of at most 200 characters");
        }
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("An attachment needs a content type");
        }
        if (content == null || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("An attachment needs content of at most " + MAX_BYTES + " bytes");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && fileName.equals(that.fileName)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "MailAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
