package org.infoplaza.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * Points every Spring context started by a test at this run's own database (see {@link TestDatabase}).
 * Registered in {@code META-INF/spring.factories} of the test class path.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String POOL_SIZE = "spring.datasource.hikari.maximum-pool-size";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.get();
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        MapPropertySource testSettings = new MapPropertySource("infoplaza-test", Map.ofEntries(
                Map.entry("spring.datasource.url", database.jdbcUrl()),
                Map.entry("spring.datasource.username", database.user()),
                Map.entry("spring.datasource.password", database.password()),
                // Test contexts stay cached and each keeps its pool open; MariaDB allows 151 connections by default.
                // A benchmark measures the production pool with -Dspring.datasource.hikari.maximum-pool-size=20.
                Map.entry(POOL_SIZE, System.getProperty(POOL_SIZE, "10")),
                Map.entry("infoplaza.embedded-db.enabled", "false"),
                Map.entry("infoplaza.demo-data", "false"),
                Map.entry("infoplaza.reporting.release-warm-up", "false"),
                Map.entry("infoplaza.reporting.corrections-in-background", "false"),
                Map.entry("infoplaza.metrics.token", "test-scrape-token"),
                Map.entry("infoplaza.admin.username", "first-admin"),
                Map.entry("infoplaza.admin.password", "a-test-administrator-passphrase"),
                // Tests run jobs by hand; a scheduler polling in the background would race them.
                Map.entry("spring.quartz.auto-startup", "false"),
                Map.entry("spring.mail.host", "127.0.0.1"),
                Map.entry("spring.mail.port", String.valueOf(TestSmtp.PORT)),
                Map.entry("spring.mail.properties.mail.smtp.connectiontimeout", "2000"),
                Map.entry("spring.mail.properties.mail.smtp.timeout", "5000")));
        // Above application.properties, below command-line arguments (a test may start a context with its own).
        if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, testSettings);
        } else {
            sources.addFirst(testSettings);
        }
    }
}
