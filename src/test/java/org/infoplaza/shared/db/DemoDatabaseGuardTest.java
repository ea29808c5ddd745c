package org.infoplaza.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.infoplaza.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** The demo, with its published passwords, never starts on a database other than its embedded one. */
class DemoDatabaseGuardTest {

    @Test
    void the_demo_profile_refuses_to_start_the_application_on_an_external_database() {
        SpringApplicationBuilder demoOnProduction = new SpringApplicationBuilder(Application.class).profiles("demo");

        assertThatThrownBy(() -> demoOnProduction.run("--spring.datasource.url=jdbc:mariadb://db.example:3306/infoplaza",
                "--infoplaza.embedded-db.enabled=true", "--infoplaza.demo-data=true", "--server.port=0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.datasource.url (SPRING_DATASOURCE_URL) points to another database")
                .hasMessageNotContaining("db.example");
    }

    @Test
    void the_demo_profile_on_its_embedded_database_may_start() {
        assertThat(DemoDatabaseGuard.refusal(demo().withProperty("spring.datasource.url", "embedded"), true)).isEmpty();
    }

    @Test
    void a_build_without_the_embedded_database_refuses_the_demo_profile() {
        assertThat(DemoDatabaseGuard.refusal(demo().withProperty("spring.datasource.url", "embedded"), false))
                .hasValueSatisfying(reason -> assertThat(reason).contains("production jar"));
    }

    @Test
    void demo_data_without_the_embedded_database_is_refused_even_without_the_profile() {
        MockEnvironment environment = new MockEnvironment().withProperty("infoplaza.demo-data", "true")
                .withProperty("spring.datasource.url", "jdbc:mariadb://127.0.0.1:3306/infoplaza");

        assertThat(DemoDatabaseGuard.refusal(environment, true)).isPresent();
    }

    @Test
    void production_settings_start_as_before() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://127.0.0.1:3306/infoplaza");

        assertThat(DemoDatabaseGuard.refusal(production, false)).isEmpty();
    }

    private static MockEnvironment demo() {
        MockEnvironment environment = new MockEnvironment().withProperty("infoplaza.embedded-db.enabled", "true")
                .withProperty("infoplaza.demo-data", "true");
        environment.setActiveProfiles("demo");
        return environment;
    }
}
