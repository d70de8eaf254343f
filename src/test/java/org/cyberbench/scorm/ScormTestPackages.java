package org.cyberbench.scorm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Rustici's "Golf Examples" Run-time Basic Calls packages (CC BY 3.0, see
 * src/test/resources/scorm/packages/SOURCES.md), zipped as an author would upload them.
 */
public final class ScormTestPackages {

    public static final String GOLF_12 = "golf-runtimebasic-scorm12";
    public static final String GOLF_2004 = "golf-runtimebasic-scorm2004-3rd";

    private ScormTestPackages() {
    }

    /** The package folder zipped with imsmanifest.xml at the root. */
    public static Path zip(String name, Path into) {
        return zip(name, into, 0);
    }

    /**
     * The package with a media file of this many random bytes besides (they do not compress), as real
     * packages carry videos: uploads larger than a servlet's default limits must go through.
     */
    public static Path zip(String name, Path into, int mediaBytes) {
        try {
            Path folder = folder(name);
            Path zip = into.resolve(name + ".zip");
            try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
                for (Path path : files(name)) {
                    out.putNextEntry(new ZipEntry(folder.relativize(path).toString().replace('\\', '/')));
                    Files.copy(path, out);
                    out.closeEntry();
                }
                if (mediaBytes > 0) {
                    byte[] media = new byte[mediaBytes];
                    new java.util.Random(42).nextBytes(media);
                    out.putNextEntry(new ZipEntry("media/interview.mp4"));
                    out.write(media);
                    out.closeEntry();
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> files(String name) {
        try (Stream<Path> paths = Files.walk(folder(name))) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(String name) {
        try {
            return Path.of(ScormTestPackages.class.getResource("/scorm/packages/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
