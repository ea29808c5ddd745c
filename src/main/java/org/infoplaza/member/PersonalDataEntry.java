package org.infoplaza.member;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One record in a member's data export, as named fields in a fixed order. A field's value is text, a whole or
 * decimal number, a yes/no, a day, a Panama wall-clock time ({@link LocalDateTime}, as bookings and sessions
 * are kept), an instant, a {@link Code} (a stored code with the message key of its label), or null. The export
 * writes each in JSON (ISO-8601 dates and times, codes as {@code {"code", "label"}}) and in the PDF (labels and
 * dates in the reader's language).
 */
public record PersonalDataEntry(List<Field> fields) {

    public PersonalDataEntry {
        fields = List.copyOf(fields);
    }

    /** {@code name} is the JSON key, {@code labelKey} the message key of the label in the PDF. */
    public record Field(String name, String labelKey, Object value) {

        public Field {
            if (!(value == null || value instanceof String || value instanceof Long || value instanceof Integer
                    || value instanceof BigDecimal || value instanceof Boolean || value instanceof LocalDate
                    || value instanceof LocalDateTime || value instanceof Instant || value instanceof Code)) {
                throw new IllegalArgumentException("Field " + name + " has a value of an unsupported type");
            }
        }
    }

    /** A stored code (an enum's name) and the message key that names it in the reader's language. */
    public record Code(String code, String labelKey) {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Adds fields in the order they should appear. */
    public static final class Builder {

        private final List<Field> fields = new ArrayList<>();

        private Builder() {
        }

        public Builder add(String name, String labelKey, Object value) {
            fields.add(new Field(name, labelKey, value));
            return this;
        }

        /** A code, labelled with {@code codeKeyPrefix + code}; null stays null. */
        public Builder code(String name, String labelKey, Enum<?> code, String codeKeyPrefix) {
            return add(name, labelKey, code == null ? null : new Code(code.name(), codeKeyPrefix + code.name()));
        }

        public PersonalDataEntry build() {
            return new PersonalDataEntry(fields);
        }
    }
}
