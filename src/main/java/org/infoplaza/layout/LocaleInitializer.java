package org.infoplaza.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * Picks each new page's language: the one chosen with the language switch in this session, else the
 * signed-in user's preferred language, else Spanish.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            Locale chosen = (Locale) session.getAttribute(Translations.CHOSEN_LOCALE);
            Locale locale = chosen != null ? chosen
                    : Translations.supported(currentUser.find()
                            .map(user -> Locale.forLanguageTag(user.preferredLanguage()))
                            .orElse(Translations.SPANISH));
            init.getUI().setLocale(locale);
        });
    }
}
