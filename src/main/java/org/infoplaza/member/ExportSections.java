package org.infoplaza.member;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.Translations;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;

/**
 * Writes the sections of a member's data export that come as {@link PersonalDataSection}s (other modules'
 * records and the audit log) the same way into the JSON and into the PDF, so both always hold the same.
 */
final class ExportSections {

    private final Translations translations;
    private final Locale locale;

    ExportSections(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    /** The section as the JSON export's list: one object per entry, its fields in order. */
    List<Map<String, Object>> json(PersonalDataSection section) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (PersonalDataEntry entry : section.entries()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (PersonalDataEntry.Field field : entry.fields()) {
                object.put(field.name(), json(field.value()));
            }
            entries.add(object);
        }
        return entries;
    }

    /** The section in the PDF: its heading, then one line per entry ("label: value · label: value"). */
    void pdf(Document document, PersonalDataSection section, Font heading, Font body, Font bold) {
        Paragraph title = new Paragraph(translations.getTranslation(section.titleKey(), locale), heading);
        title.setSpacingBefore(10);
        title.setSpacingAfter(4);
        document.add(title);
        if (section.entries().isEmpty()) {
            document.add(new Paragraph(translations.getTranslation("privacy.export.none", locale), body));
            return;
        }
        for (PersonalDataEntry entry : section.entries()) {
            Paragraph line = new Paragraph();
            line.setSpacingBefore(2);
            boolean first = true;
            for (PersonalDataEntry.Field field : entry.fields()) {
                if (!first) {
                    line.add(new Chunk(" · ", body));
                }
                line.add(new Chunk(translations.getTranslation(field.labelKey(), locale) + ": ", bold));
                line.add(new Chunk(text(field.value()), body));
                first = false;
            }
            document.add(line);
        }
    }

    private Object json(Object value) {
        return switch (value) {
            case null -> null;
            case PersonalDataEntry.Code code -> Map.of("code", code.code(), "label", label(code));
            case LocalDate day -> day.toString();
            case LocalDateTime time -> time.toString();
            case Instant instant -> instant.toString();
            default -> value;
        };
    }

    private String text(Object value) {
        return switch (value) {
            case null -> "—";
            case PersonalDataEntry.Code code -> label(code);
            case LocalDate day -> PanamaTime.dateFormat(locale).format(day);
            case LocalDateTime time -> PanamaTime.dateTimeFormat(locale).format(time);
            case Instant instant -> PanamaTime.dateTimeFormat(locale).format(instant);
            case Boolean yes -> translations.getTranslation(yes ? "privacy.export.yes" : "privacy.export.no", locale);
            case BigDecimal number -> NumberFormat.getNumberInstance(locale).format(number);
            default -> value.toString();
        };
    }

    private String label(PersonalDataEntry.Code code) {
        return translations.getTranslation(code.labelKey(), locale);
    }
}
