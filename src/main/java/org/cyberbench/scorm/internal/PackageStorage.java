package org.cyberbench.scorm.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
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

    private final Path root;
    private final ScormProperties properties;

    PackageStorage(ScormProperties properties) {
        this.properties = properties;
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
