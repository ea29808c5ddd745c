package org.infoplaza.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.infoplaza.shared.db.EmbeddedMariaDb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MariaDB that integration tests use, chosen once per test run: the server named by
 * {@code INFOPLAZA_TEST_DB_URL} (with {@code INFOPLAZA_TEST_DB_USER} / {@code _PASSWORD}), else the local
 * server on 127.0.0.1:3306 as root without password if it answers, else an embedded MariaDB. Each run
 * works in a database of its own, created empty here, migrated by Flyway when the first Spring context
 * starts, and dropped when the run ends, so runs never see each other's data.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final String PREFIX = "infoplaza_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /**
     * Set in a process a test starts (see {@code KillDuringBookingIntegrationTest}) to the test's database, as
     * {@code <server url>|<user>|<password>|<database>}: that process works in the same database and neither
     * creates nor drops one.
     */
    public static final String JOIN_PROPERTY = "infoplaza.test.join-database";

    private static TestDatabase instance;

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String database;

    private TestDatabase(String serverUrl, String user, String password) {
        this(serverUrl, user, password,
                PREFIX + LocalDateTime.now().format(STAMP) + "_" + ThreadLocalRandom.current().nextInt(100_000));
    }

    private TestDatabase(String serverUrl, String user, String password, String database) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
        this.database = database;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            String joined = System.getProperty(JOIN_PROPERTY);
            if (joined != null) {
                String[] parts = joined.split("\\|", -1);
                instance = new TestDatabase(parts[0], parts[1], parts[2], parts[3]);
            } else {
                instance = choose();
                instance.create();
            }
        }
        return instance;
    }

    /** The value of {@link #JOIN_PROPERTY} that makes another process work in this database. */
    public String joinValue() {
        return String.join("|", serverUrl, user, password, database);
    }

    public String jdbcUrl() {
        return serverUrl + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String serverUrl() {
        return serverUrl;
    }

    public String database() {
        return database;
    }

    private static TestDatabase choose() {
        String configured = System.getenv("INFOPLAZA_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            return new TestDatabase(configured, envOr("INFOPLAZA_TEST_DB_USER", "root"),
                    envOr("INFOPLAZA_TEST_DB_PASSWORD", ""));
        }
        String local = "jdbc:mariadb://127.0.0.1:3306/";
        if (answers(local + "?connectTimeout=2000", "root", "")) {
            return new TestDatabase(local, "root", "");
        }
        log.info("No MariaDB answers on 127.0.0.1:3306; starting an embedded one for the tests");
        EmbeddedMariaDb embedded = EmbeddedMariaDb.start(Path.of("target", "test-mariadb").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::shutdown, "embedded-mariadb-stop"));
        return new TestDatabase("jdbc:mariadb://127.0.0.1:" + embedded.port() + "/", "root", "");
    }

    private void create() {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            dropStale(statement);
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + serverUrl, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::drop, "test-database-drop"));
        log.info("Tests use database {} on {}", database, serverUrl);
    }

    /** Databases left by runs that were killed more than a day ago. */
    private static void dropStale(Statement statement) throws SQLException {
        String cutoff = PREFIX + LocalDateTime.now().minusDays(1).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SHOW DATABASES LIKE '" + PREFIX + "%'")) {
            while (rows.next()) {
                if (rows.getString(1).compareTo(cutoff) < 0) {
                    stale.add(rows.getString(1));
                }
            }
        }
        for (String name : stale) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private void drop() {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
        } catch (SQLException e) {
            log.warn("Could not drop test database {}", database, e);
        }
    }

    private static boolean answers(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
