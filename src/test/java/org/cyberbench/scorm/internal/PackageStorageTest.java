package org.cyberbench.scorm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cyberbench.scorm.ScormProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class PackageStorageTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path root;

    @Test
    void previewsLeftForADayAreRemovedAndImportedPackagesAndNewPreviewsStay() throws IOException {
        PackageStorage storage = new PackageStorage(new ScormProperties(root, DataSize.ofMegabytes(1), 10, DataSize.ofMegabytes(1), 10),
                Clock.fixed(NOW, ZoneOffset.UTC));
        String old = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        String imported = UUID.randomUUID().toString();
        Files.writeString(storage.newStaging(old).resolve("imsmanifest.xml"), "<manifest/>");
        Files.setLastModifiedTime(storage.staging(old), FileTime.from(NOW.minus(Duration.ofHours(25))));
        Files.setLastModifiedTime(storage.newStaging(fresh), FileTime.from(NOW.minus(Duration.ofHours(23))));
        Files.createDirectories(storage.folder(imported));
        Files.setLastModifiedTime(storage.folder(imported), FileTime.from(NOW.minus(Duration.ofDays(30))));

        storage.removeStalePreviews();

        assertThat(storage.staging(old)).doesNotExist();
        assertThat(storage.staging(fresh)).isDirectory();
        assertThat(storage.folder(imported)).isDirectory();
    }

    @Test
    void aPathOutOfThePackageOrAKeyThatIsNoKeyFindsNothing() throws IOException {
        PackageStorage storage = new PackageStorage(new ScormProperties(root, DataSize.ofMegabytes(1), 10, DataSize.ofMegabytes(1), 10),
                Clock.systemUTC());
        String key = UUID.randomUUID().toString();
        Files.createDirectories(storage.folder(key).resolve("shared"));
        Files.writeString(storage.folder(key).resolve("shared/page.html"), "page");
        Files.writeString(root.resolve("outside.txt"), "secret");

        assertThat(storage.file(key, "shared/page.html")).isPresent();
        assertThat(storage.file(key, "../outside.txt")).isEmpty();
        assertThat(storage.file(key, "shared/../../outside.txt")).isEmpty();
        assertThat(storage.file(key, "shared")).as("a folder is not a file").isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> storage.folder("../.."))
                .isInstanceOf(org.cyberbench.scorm.ScormPackageException.class);
    }
}
