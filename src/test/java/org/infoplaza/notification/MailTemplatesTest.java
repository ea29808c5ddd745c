package org.infoplaza.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.shared.Translations;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates(new Translations());
    private final Map<String, Object> model = Map.of("name", "Ana <Ruiz>", "title", "Taller de empleo",
            "centre", "Infoplaza Curundú", "start", Instant.parse("2026-12-01T14:00:00Z"));

    @Test
    void a_reminder_is_written_in_spanish_with_panama_time() {
        RenderedMail mail = templates.render("session-reminder", Locale.forLanguageTag("es-PA"), model);

        assertThat(mail.subject()).isEqualTo("Recordatorio: Taller de empleo");
        assertThat(mail.text()).contains("Hola, Ana <Ruiz>:")
                .contains("Le recordamos «Taller de empleo» el martes 1 diciembre a las 09:00 en Infoplaza Curundú.");
        assertThat(mail.html()).contains("Hola, Ana &lt;Ruiz&gt;:").contains("lang=\"es\"");
    }

    @Test
    void the_same_reminder_in_english_for_a_recipient_who_prefers_it() {
        RenderedMail mail = templates.render("session-reminder", Locale.ENGLISH, model);

        assertThat(mail.subject()).isEqualTo("Reminder: Taller de empleo");
        assertThat(mail.text()).contains("This is a reminder of \"Taller de empleo\" on Tuesday 1 December at 09:00");
    }
}
