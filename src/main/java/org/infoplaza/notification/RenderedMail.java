package org.infoplaza.notification;

/** A message after its templates ran: what the recipient will read. */
record RenderedMail(String subject, String text, String html) {
}
