package org.infoplaza.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations for every module. Each module keeps its own bundle under {@code i18n/} (for example
 * {@code i18n/station.properties} in Spanish, the default, and {@code i18n/station_en.properties}), so
 * features never edit each other's message files. A key is looked up in all bundles.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale SPANISH = Locale.forLanguageTag("es-PA");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> LOCALES = List.of(SPANISH, ENGLISH);
    /** Session attribute holding the language picked with the language switch. */
    public static final String CHOSEN_LOCALE = "infoplaza.chosen-locale";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final List<String> baseNames;

    public Translations() {
        this.baseNames = discoverBaseNames();
    }

    /** The bundle base names found on the class path, such as {@code i18n/common}. */
    public static List<String> discoverBaseNames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> names = new TreeSet<>();
            for (Resource file : files) {
                String name = file.getFilename();
                if (name != null && !name.contains("_")) {
                    names.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        for (String baseName : baseNames) {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, effective, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
            }
        }
        log.warn("Missing translation key {}", key);
        return "!" + key;
    }

    /** Spanish unless the user asked for English. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : SPANISH;
    }
}
