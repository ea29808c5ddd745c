package org.infoplaza.notification;

import java.util.Locale;

/** Who a message is for. Many members have no e-mail address: then {@code email} is null. */
public record Recipient(String name, String email, Locale locale) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
