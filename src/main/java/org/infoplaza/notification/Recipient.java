package org.infoplaza.notification;

import java.util.Locale;

/**
 * Who a message is for. Many members have no e-mail address: then {@code email} is null. {@code memberId}
 * names the member the message is for (null for staff and other addresses), so that the member's mail goes
 * when the member is anonymised and shows in the member's data export.
 */
public record Recipient(String name, String email, Locale locale, Long memberId) {

    /** Someone who is not a member: staff, the secretariat, a test address. */
    public Recipient(String name, String email, Locale locale) {
        this(name, email, locale, null);
    }

    /** A member, by id, with the name and address to write to. */
    public static Recipient member(long memberId, String name, String email, Locale locale) {
        return new Recipient(name, email, locale, memberId);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
