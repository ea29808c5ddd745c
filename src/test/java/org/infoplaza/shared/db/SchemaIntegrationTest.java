package org.infoplaza.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema Flyway builds on a real MariaDB, and the invariants it guards even against code that
 * bypasses the services.
 */
@IntegrationTest
class SchemaIntegrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void every_migration_applies_cleanly_and_none_is_pending() {
        MigrationInfo[] migrations = flyway.info().all();
        assertThat(migrations).isNotEmpty();
        assertThat(Arrays.stream(migrations).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
    }

    @Test
    void tables_use_utf8mb4_so_names_like_ngabe_bugle_are_stored_intact() {
        String name = jdbc.queryForObject("SELECT name FROM province WHERE iso_code = 'PA-NB'", String.class);
        assertThat(name).isEqualTo("Ngäbe-Buglé");
        assertThat(jdbc.queryForList("""
                SELECT table_collation FROM information_schema.tables WHERE table_schema = DATABASE()
                  AND table_name NOT LIKE 'flyway%'""", String.class)).allMatch(c -> c.startsWith("utf8mb4"));
    }

    @Test
    void province_codes_keep_both_numbering_schemes() {
        assertThat(jdbc.queryForObject("SELECT name FROM province WHERE iso_code = 'PA-10'", String.class))
                .isEqualTo("Panamá Oeste");
        assertThat(jdbc.queryForObject("SELECT name FROM province WHERE cedula_prefix = '10'", String.class))
                .isEqualTo("Guna Yala");
    }

    @Test
    void the_database_refuses_a_second_station_with_the_same_label_in_a_centre() {
        CentreDetails centre = fixtures.centre();
        fixtures.station(centre.id(), "PC-01");
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO station (centre_id, label, kind, status) VALUES (?, 'PC-01', 'DESKTOP', 'IN_SERVICE')",
                centre.id())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_refuses_an_out_of_service_station_without_a_reason() {
        CentreDetails centre = fixtures.centre();
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO station (centre_id, label, kind, status) VALUES (?, 'PC-77', 'DESKTOP', 'OUT_OF_SERVICE')",
                centre.id())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_refuses_opening_hours_that_end_before_they_start() {
        CentreDetails centre = fixtures.centre();
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO centre_opening_hours (centre_id, day_of_week, opens_at, closes_at) VALUES (?, 2, '17:00', '08:00')",
                centre.id())).isInstanceOf(DataIntegrityViolationException.class);
    }
}
