package org.infoplaza.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
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
 * <p>
 * The languages offered are found on the class path, not listed here: Spanish, plus every language with a
 * {@code i18n/common_<language>.properties} that names itself in {@code language.name}. A key a language's
 * bundles do not (yet) translate is shown in Spanish. docs/accessibility.md says how to add one.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale SPANISH = Locale.forLanguageTag("es-PA");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    /** Spanish first, then the other languages found on the class path, in the order of their tags. */
    public static final List<Locale> LOCALES = discoverLocales();
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

    /** Spanish and each language whose common bundle ({@code i18n/common_<tag>.properties}) is on the class path. */
    static List<Locale> discoverLocales() {
        return discoverLocales(Translations.class.getClassLoader());
    }

    static List<Locale> discoverLocales(ClassLoader classLoader) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(classLoader)
                    .getResources("classpath*:i18n/common_*.properties");
            TreeSet<String> tags = new TreeSet<>();
            for (Resource file : files) {
                String name = file.getFilename();
                if (name != null) {
                    tags.add(name.substring("common_".length(), name.length() - ".properties".length()).replace('_', '-'));
                }
            }
            List<Locale> locales = new ArrayList<>();
            locales.add(SPANISH);
            tags.stream().map(Locale::forLanguageTag).filter(l -> !l.getLanguage().isEmpty())
                    .filter(l -> !l.getLanguage().equals(SPANISH.getLanguage())).forEach(locales::add);
            return List.copyOf(locales);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A language's own name for itself ("Español", "English"), from its common bundle's {@code language.name}. */
    public static String nameOf(Locale locale) {
        Locale language = supported(locale);
        ResourceBundle common = ResourceBundle.getBundle("i18n/common", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return common.containsKey("language.name") ? common.getString("language.name") : language.getLanguage();
    }

    /** The language tags offered ("es", "en", …), as kept on a staff account. */
    public static List<String> languageTags() {
        return LOCALES.stream().map(Locale::getLanguage).toList();
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

    /** The offered language the user asked for; Spanish when it is not offered. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return SPANISH;
        }
        return LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(SPANISH);
    }
}
