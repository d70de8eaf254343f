package org.cyberbench.scorm.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.cyberbench.scorm.ScormPackageException;
import org.cyberbench.scorm.ScormProperties;
import org.springframework.stereotype.Component;

/**
 * The folders that hold packages: {@code staging/<token>} while an editor looks at the preview,
 * then {@code <key>/} once imported (moved, not copied). Every name that comes from outside (a
 * token, a key, a path in the package) is checked before it touches the disk.
 */
@Component
public class PackageStorage {

    private static final Logger log = LoggerFactory.getLogger(PackageStorage.class);

    private final Path root;
    private final ScormProperties properties;
    private final Clock clock;

    PackageStorage(ScormProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.root = properties.storage().toAbsolutePath().normalize();
    }

    ScormProperties limits() {
        return properties;
    }

    /** A new, empty staging folder. */
    Path newStaging(String token) {
        try {
            Path folder = staging(token);
            Files.createDirectories(folder.getParent());
            return Files.createDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a folder for a SCORM package under " + root, e);
        }
    }

    Path staging(String token) {
        return root.resolve("staging").resolve(checkedKey(token));
    }

    Path folder(String key) {
        return root.resolve(checkedKey(key));
    }

    /** Moves a staged package to its final folder. */
    void keep(String token) {
        try {
            Files.move(staging(token), folder(token), StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ScormPackageException("scorm.error.previewGone");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the SCORM package " + token + " into " + root, e);
        }
    }

    void discard(Path folder) {
        PackageUnzipper.deleteTree(folder);
    }

    /**
     * Removes previews nobody imported or discarded (the editor left the page) once they are a day
     * old. Every node may run it: deleting a folder twice is harmless.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void removeStalePreviews() {
        Path staging = root.resolve("staging");
        if (!Files.isDirectory(staging)) {
            return;
        }
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        try (Stream<Path> previews = Files.list(staging)) {
            previews.filter(folder -> modified(folder).isBefore(dayAgo)).forEach(folder -> {
                log.info("Removing the SCORM preview {}, a day old and never imported", folder.getFileName());
                discard(folder);
            });
        } catch (IOException e) {
            log.warn("Could not look for old SCORM previews in {}", staging, e);
        }
    }

    private static Instant modified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    /** A file of an imported package, when the path stays inside it and names a file. */
    Optional<Path> file(String key, String path) {
        Path folder = folder(key);
        try {
            Path target = ManifestReader.inside(folder, path);
            return Files.isRegularFile(target) ? Optional.of(target) : Optional.empty();
        } catch (ScormPackageException outside) {
            return Optional.empty();
        }
    }

    static String checkedKey(String key) {
        try {
            return UUID.fromString(key).toString();
        } catch (IllegalArgumentException e) {
            throw new ScormPackageException("scorm.error.previewGone");
        }
    }
}
