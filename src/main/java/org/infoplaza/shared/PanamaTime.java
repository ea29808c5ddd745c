package org.infoplaza.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every centre runs on Panama time (UTC−5, no daylight saving). Services take time from the injected
 * {@link Clock} so tests can stand at any moment, for instance at 16:59 on a closing day.
 */
@Configuration(proxyBeanMethods = false)
public class PanamaTime {

    public static final ZoneId ZONE = ZoneId.of("America/Panama");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }

    /** Dates as Panamanians write them: day first, in the user's language. */
    public static DateTimeFormatter dateFormat(Locale locale) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy", locale);
    }

    public static DateTimeFormatter dateTimeFormat(Locale locale) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale).withZone(ZONE);
    }

    public static DateTimeFormatter timeFormat(Locale locale) {
        return DateTimeFormatter.ofPattern("HH:mm", locale);
    }
}
