package org.infoplaza.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The documented backup procedure, run for real: {@code ops/backup.sh} dumps this run's database while the
 * application is up, {@code ops/restore.sh} loads the file into an empty database, and every table comes back
 * with the same rows (MariaDB's table checksums agree), accents included, and a schema Flyway accepts as is.
 */
@IntegrationTest
class BackupRestoreIntegrationTest {

    private static final String RESTORED_SUFFIX = "_restored";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @TempDir
    Path folder;

    @AfterEach
    void dropRestored() {
        jdbc.execute("DROP DATABASE IF EXISTS `" + restoredName() + "`");
    }

    @Test
    void a_backup_restored_into_an_empty_database_has_every_row_of_every_table() throws Exception {
        CentreDetails centre = fixtures.centre();
        jdbc.update("UPDATE centre SET name = ? WHERE id = ?", "Infoplaza Ñandú – Curundú", centre.id());
        Path file = folder.resolve("infoplaza.sql.gz");

        run("ops/backup.sh", file.toString());
        run("ops/restore.sh", file.toString(), restoredName());

        String original = TestDatabase.get().database();
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name", String.class, original);
        assertThat(tables).contains("centre", "member", "booking", "outbox_message", "QRTZ_TRIGGERS");
        assertThat(checksums(restoredName(), tables)).isEqualTo(checksums(original, tables));
        assertThat(jdbc.queryForObject("SELECT name FROM `" + restoredName() + "`.centre WHERE id = ?", String.class,
                centre.id())).isEqualTo("Infoplaza Ñandú – Curundú");

        Flyway restored = Flyway.configure().dataSource(TestDatabase.get().serverUrl() + restoredName(),
                TestDatabase.get().user(), TestDatabase.get().password()).locations("classpath:db/migration").load();
        restored.validate();
        assertThat(restored.info().pending()).isEmpty();
    }

    private Map<String, Long> checksums(String database, List<String> tables) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (String table : tables) {
            jdbc.query("CHECKSUM TABLE `" + database + "`.`" + table + "` EXTENDED",
                    row -> { sums.put(table, row.getLong(2)); });
        }
        return sums;
    }

    private static String restoredName() {
        return TestDatabase.get().database() + RESTORED_SUFFIX;
    }

    /** Runs a script of ops/ against this run's database, as an operator would, and checks it succeeded. */
    private static void run(String script, String... arguments) throws IOException, InterruptedException {
        URI server = URI.create(TestDatabase.get().serverUrl().substring("jdbc:".length()));
        List<String> command = new java.util.ArrayList<>(List.of("bash", script));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("DB_HOST", server.getHost(), "DB_PORT", String.valueOf(server.getPort()),
                "DB_USER", TestDatabase.get().user(), "DB_PASSWORD", TestDatabase.get().password(),
                "DB_NAME", TestDatabase.get().database()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", script).isTrue();
        assertThat(process.exitValue()).as("%s failed:%n%s", script, output).isZero();
        assertThat(Files.exists(Path.of(script))).isTrue();
    }
}
