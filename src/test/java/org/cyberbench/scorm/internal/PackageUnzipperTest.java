package org.cyberbench.scorm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cyberbench.scorm.ScormPackageException;
import org.cyberbench.scorm.ScormProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class PackageUnzipperTest {

    private static final ScormProperties LIMITS = new ScormProperties(Path.of("unused"), DataSize.ofMegabytes(50), 100,
            DataSize.ofMegabytes(20), 100);

    @TempDir
    Path work;

    @Test
    void unpacksFilesAndFoldersAndCountsWhatWasWritten() throws IOException {
        Path zip = zip(Map.of("imsmanifest.xml", "<manifest/>", "shared/launch.html", "<html>hello</html>"));
        Path target = Files.createDirectory(work.resolve("out"));

        PackageUnzipper.Unpacked unpacked = PackageUnzipper.unpack(zip, target, LIMITS);

        assertThat(unpacked.files()).isEqualTo(2);
        assertThat(unpacked.bytes()).isEqualTo("<manifest/>".length() + "<html>hello</html>".length());
        assertThat(target.resolve("shared/launch.html")).hasContent("<html>hello</html>");
    }

    @Test
    void namesThatCouldLeaveTheFolderAreRefusedAndNothingIsLeft() throws IOException {
        for (String name : new String[] {"../evil.html", "shared/../../evil.html", "/etc/evil", "C:/evil.html", "shared\\..\\evil.html"}) {
            Path zip = zip(Map.of("imsmanifest.xml", "<manifest/>", name, "x"));
            Path target = Files.createDirectories(work.resolve("out-" + Math.abs(name.hashCode())));

            assertThatThrownBy(() -> PackageUnzipper.unpack(zip, target, LIMITS)).as(name)
                    .isInstanceOf(ScormPackageException.class)
                    .satisfies(e -> assertThat(((ScormPackageException) e).messageKey()).isEqualTo("scorm.error.unsafeEntry"));
            assertThat(target).as("the folder is removed").doesNotExist();
            assertThat(work.resolve("evil.html")).doesNotExist();
        }
    }

    @Test
    void namesThatDifferOnlyByCaseAreRefused() throws IOException {
        Path zip = zip(Map.of("Index.html", "a", "index.html", "b"));

        assertThatThrownBy(() -> PackageUnzipper.unpack(zip, Files.createDirectory(work.resolve("out")), LIMITS))
                .satisfies(e -> assertThat(((ScormPackageException) e).messageKey()).isEqualTo("scorm.error.duplicateEntry"));
    }

    @Test
    void aZipBombIsStoppedOnTheBytesActuallyWritten() throws IOException {
        // 10 MB of zeros compress to about 10 KB: a ratio of ~1000, over the limit of 100
        Path zip = work.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 10; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        Path target = Files.createDirectory(work.resolve("out"));

        assertThatThrownBy(() -> PackageUnzipper.unpack(zip, target, LIMITS))
                .satisfies(e -> assertThat(((ScormPackageException) e).messageKey()).isEqualTo("scorm.error.bomb"));
        assertThat(target).doesNotExist();
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Map<String, String> many = new java.util.HashMap<>();
        for (int i = 0; i <= LIMITS.maxEntries(); i++) {
            many.put("page" + i + ".html", "p");
        }

        assertThatThrownBy(() -> PackageUnzipper.unpack(zip(many), Files.createDirectory(work.resolve("out")), LIMITS))
                .satisfies(e -> assertThat(((ScormPackageException) e).messageKey()).isEqualTo("scorm.error.tooManyEntries"));
    }

    @Test
    void aFileThatIsNotAZipIsRefusedInWords() throws IOException {
        Path notZip = Files.writeString(work.resolve("course.zip"), "this is a PDF, honestly");

        assertThatThrownBy(() -> PackageUnzipper.unpack(notZip, Files.createDirectory(work.resolve("out")), LIMITS))
                .satisfies(e -> assertThat(((ScormPackageException) e).messageKey()).isEqualTo("scorm.error.notZip"));
    }

    private Path zip(Map<String, String> entries) throws IOException {
        Path zip = Files.createTempFile(work, "package", ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
