package org.infoplaza.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.Translations;
import org.infoplaza.shared.ui.Announcer;
import org.springframework.stereotype.Component;

/**
 * Picks each new page's language: the one chosen with the language switch in this session, else the
 * signed-in user's preferred language, else Spanish. The page says so in {@code <html lang>}, from the first
 * HTML the browser receives and again on every navigation, so a screen reader speaks each language with its
 * own voice. Every page, public ones included, marks the view it shows as the page's {@code main} landmark and
 * has a polite live region for changes announced to screen readers ({@link Announcer}).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", locale(VaadinSession.getCurrent()).getLanguage()));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(locale(ui.getSession()));
            Announcer.install(ui);
            ui.addAfterNavigationListener(this::afterNavigation);
        });
    }

    private void afterNavigation(AfterNavigationEvent event) {
        UI ui = event.getLocationChangeEvent().getUI();
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
        List<HasElement> chain = event.getActiveChain();
        if (!chain.isEmpty()) {
            chain.getFirst().getElement().setAttribute("role", "main");
        }
    }

    private Locale locale(VaadinSession session) {
        Locale chosen = session == null ? null : (Locale) session.getAttribute(Translations.CHOSEN_LOCALE);
        if (chosen != null) {
            return chosen;
        }
        try {
            return Translations.supported(currentUser.find()
                    .map(user -> Locale.forLanguageTag(user.preferredLanguage()))
                    .orElse(Translations.SPANISH));
        } catch (RuntimeException noUserHere) {
            return Translations.SPANISH;
        }
    }
}
