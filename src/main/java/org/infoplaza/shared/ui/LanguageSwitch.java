package org.infoplaza.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.infoplaza.shared.Translations;

/**
 * The language for the whole session, among those the application's bundles offer (each named in its own
 * language); the page reloads so every label follows at once.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        addClassName("language-switch");
        setItems(Translations.LOCALES);
        setItemLabelGenerator(Translations::nameOf);
        setAriaLabel(getTranslation("language.label"));
        UI ui = UI.getCurrent();
        setValue(Translations.supported(ui == null ? null : ui.getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(Translations.CHOSEN_LOCALE, event.getValue());
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
