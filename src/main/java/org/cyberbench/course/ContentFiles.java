package org.cyberbench.course;

import org.cyberbench.shared.FileProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The text files of a content tree, by path relative to its root ({@code courses/x/course.yaml}).
 * Read from a folder (development, editors' imports) or from the classpath (the packaged jar).
 */
public record ContentFiles(Map<String, String> files) {

    private static final long MAX_FILE_BYTES = 2_000_000;

    public ContentFiles {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public static ContentFiles fromDirectory(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).filter(ContentFiles::isContent).toList()) {
                if (Files.size(path) > MAX_FILE_BYTES) {
                    throw new ContentImportException(java.util.List.of(new FileProblem(
                            root.relativize(path).toString(), 0, "file is larger than 2 MB")));
                }
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read course content from " + root, e);
        }
        return new ContentFiles(files);
    }

    public static ContentFiles fromClasspath(String root) {
        Map<String, String> files = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + root + "/**/*");
            for (Resource resource : resources) {
                if (!resource.isReadable()) {
                    continue;
                }
                String url = resource.getURL().toString();
                int at = url.indexOf("/" + root + "/");
                if (at < 0 || url.endsWith("/")) {
                    continue;
                }
                String relative = url.substring(at + root.length() + 2);
                if (isContent(Path.of(relative))) {
                    files.put(relative, resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read course content from the classpath", e);
        }
        return new ContentFiles(files);
    }

    private static boolean isContent(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".md");
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** A fingerprint of the whole tree, to skip an import at start-up when nothing changed. */
    public String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
