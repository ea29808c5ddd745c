package org.infoplaza.member;

import java.util.List;

/**
 * One kind of record in a member's data export: {@code name} is its key in the JSON export (camelCase, unique
 * across modules), {@code titleKey} the message key of its heading in the PDF.
 */
public record PersonalDataSection(String name, String titleKey, List<PersonalDataEntry> entries) {

    public PersonalDataSection {
        entries = List.copyOf(entries);
    }
}
