package org.infoplaza.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spanish and English must say the same things: every key in one bundle exists in the other. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void every_module_bundle_has_the_same_keys_in_spanish_and_english() throws IOException {
        assertThat(Translations.discoverBaseNames()).contains("i18n/common", "i18n/station", "i18n/centre", "i18n/staff");
        for (String baseName : Translations.discoverBaseNames()) {
            Set<String> spanish = load(baseName + ".properties").stringPropertyNames();
            Set<String> english = load(baseName + "_en.properties").stringPropertyNames();
            assertThat(new TreeSet<>(english)).as("English keys of %s", baseName).isEqualTo(new TreeSet<>(spanish));
        }
    }

    @Test
    void every_key_used_in_code_exists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String baseName : Translations.discoverBaseNames()) {
            known.addAll(load(baseName + ".properties").stringPropertyNames());
        }
        Pattern literal = Pattern.compile(
                "(?:getTranslation\\(|DomainException\\(|message = |title = )\"\\{?([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void spanish_is_the_default_and_english_is_available() {
        assertThat(translations.getTranslation("action.save", Locale.forLanguageTag("es-PA"))).isEqualTo("Guardar");
        assertThat(translations.getTranslation("action.save", Locale.ENGLISH)).isEqualTo("Save");
        assertThat(translations.getTranslation("action.save", Locale.GERMAN)).isEqualTo("Guardar");
    }

    @Test
    void the_languages_offered_are_the_bundles_on_the_class_path_each_named_in_its_own_language() {
        assertThat(Translations.LOCALES).containsExactly(Translations.SPANISH, Translations.ENGLISH);
        assertThat(Translations.nameOf(Translations.SPANISH)).isEqualTo("Español");
        assertThat(Translations.nameOf(Locale.ENGLISH)).isEqualTo("English");
        assertThat(Translations.supported(Locale.GERMAN)).isEqualTo(Translations.SPANISH);
    }

    @Test
    void a_new_common_bundle_adds_a_language_without_a_code_change(@TempDir Path classes) throws IOException {
        Files.createDirectories(classes.resolve("i18n"));
        Files.writeString(classes.resolve("i18n/common_gym.properties"), "language.name=Ngäbere\n", StandardCharsets.UTF_8);
        try (URLClassLoader withNgabere = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            assertThat(Translations.discoverLocales(withNgabere))
                    .containsExactly(Translations.SPANISH, Translations.ENGLISH, Locale.forLanguageTag("gym"));
        }
    }

    @Test
    void the_operator_role_has_one_name_everywhere() throws IOException {
        assertThat(translations.getTranslation("role.OPERATOR", Locale.forLanguageTag("es-PA"))).isEqualTo("Operador/a");
        assertThat(translations.getTranslation("role.OPERATOR", Locale.ENGLISH)).isEqualTo("Operator");
        for (String baseName : Translations.discoverBaseNames()) {
            load(baseName + ".properties").forEach((key, text) -> assertThat(text.toString().toLowerCase(Locale.ROOT))
                    .as("%s in %s", key, baseName).doesNotContain("dinamizador"));
        }
    }

    @Test
    void arguments_are_formatted_into_the_message() {
        assertThat(translations.getTranslation("station.saved", Locale.ENGLISH, "PC-07")).isEqualTo("Station PC-07 saved");
        assertThat(translations.getTranslation("home.today-hours", Locale.ENGLISH, "08:00–12:00"))
                .isEqualTo("Today's hours: 08:00–12:00");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
