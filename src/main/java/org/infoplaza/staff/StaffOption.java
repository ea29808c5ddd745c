package org.infoplaza.staff;

/** A staff member as a chooser or a document names them. */
public record StaffOption(long id, String displayName) {
}
