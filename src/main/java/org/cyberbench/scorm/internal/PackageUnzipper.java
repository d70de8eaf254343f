package org.cyberbench.scorm.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.cyberbench.scorm.ScormPackageException;
import org.cyberbench.scorm.ScormProperties;

/**
 * Unpacks a package zip into a new, empty folder, refusing what could escape it or fill the disk:
 * names with {@code ..} segments, absolute or drive paths, backslashes or NUL (zip slip), names that
 * differ only by case, more entries than allowed, and more bytes, or a higher expansion, than
 * allowed, all counted on the bytes actually written (a zip's declared sizes can lie). Nested zips
 * are left as files; encrypted entries are refused. On any refusal the folder is deleted.
 */
final class PackageUnzipper {

    private static final Pattern DRIVE = Pattern.compile("^[a-zA-Z]:");
    /** Small files compress extremely well (a page of spaces); the per-file ratio applies above this size. */
    private static final long RATIO_FLOOR = 1024 * 1024;

    /** What was unpacked. */
    record Unpacked(int files, long bytes) {
    }

    private PackageUnzipper() {
    }

    static Unpacked unpack(Path zip, Path target, ScormProperties limits) {
        if (!Files.isDirectory(target)) {
            throw new IllegalArgumentException("The target folder must exist: " + target);
        }
        Path root = realPath(target);
        try {
            return unpackInto(zip, root, limits);
        } catch (RuntimeException e) {
            deleteTree(root);
            throw e;
        }
    }

    private static Unpacked unpackInto(Path zip, Path root, ScormProperties limits) {
        long zipBytes = size(zip);
        long maxTotal = Math.min(limits.maxUnpacked().toBytes(), Math.max(RATIO_FLOOR, zipBytes) * limits.maxRatio());
        Set<String> seen = new HashSet<>();
        int entries = 0;
        int files = 0;
        long total = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            byte[] buffer = new byte[64 * 1024];
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > limits.maxEntries()) {
                    throw new ScormPackageException("scorm.error.tooManyEntries", limits.maxEntries());
                }
                String name = entry.getName();
                Path destination = destination(root, name);
                if (!seen.add(name.replaceAll("/+$", "").toLowerCase(Locale.ROOT))) {
                    throw new ScormPackageException("scorm.error.duplicateEntry", name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                long written = 0;
                long compressed = entry.getCompressedSize();
                try (InputStream in = file.getInputStream(entry);
                        OutputStream out = Files.newOutputStream(destination, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        written += read;
                        total += read;
                        if (total > maxTotal) {
                            throw total > limits.maxUnpacked().toBytes()
                                    ? new ScormPackageException("scorm.error.tooLarge", limits.maxUnpacked().toMegabytes())
                                    : new ScormPackageException("scorm.error.bomb", name);
                        }
                        if (compressed > 0 && written > RATIO_FLOOR && written > compressed * limits.maxRatio()) {
                            throw new ScormPackageException("scorm.error.bomb", name);
                        }
                        out.write(buffer, 0, read);
                    }
                }
                files++;
            }
        } catch (ZipException e) {
            throw new ScormPackageException("scorm.error.notZip", e.getMessage());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ScormPackageException("scorm.error.duplicateEntry", root.relativize(Path.of(e.getFile())).toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip, e);
        }
        if (files == 0) {
            throw new ScormPackageException("scorm.error.emptyZip");
        }
        return new Unpacked(files, total);
    }

    /** Where an entry goes, refusing any name that could land outside the folder. */
    static Path destination(Path root, String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.contains("\\") || name.startsWith("/") || DRIVE.matcher(name).find()) {
            throw new ScormPackageException("scorm.error.unsafeEntry", printable(name));
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw new ScormPackageException("scorm.error.unsafeEntry", printable(name));
            }
        }
        Path destination;
        try {
            destination = root.resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ScormPackageException("scorm.error.unsafeEntry", printable(name));
        }
        if (!destination.startsWith(root) || destination.equals(root)) {
            throw new ScormPackageException("scorm.error.unsafeEntry", printable(name));
        }
        return destination;
    }

    private static String printable(String name) {
        return name.replace('\0', '?');
    }

    private static long size(Path zip) {
        try {
            return Files.size(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + folder, e);
        }
    }
}
