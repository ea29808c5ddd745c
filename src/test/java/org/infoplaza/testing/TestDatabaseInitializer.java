package org.infoplaza.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context started by a test at this run's own database (see {@link TestDatabase}).
 * Registered in {@code META-INF/spring.factories} of the test class path.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("infoplaza-test", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.user(),
                "spring.datasource.password", database.password(),
                "infoplaza.embedded-db.enabled", "false",
                "infoplaza.demo-data", "false",
                "infoplaza.admin.username", "first-admin",
                "infoplaza.admin.password", "first-admin-password")));
    }
}
