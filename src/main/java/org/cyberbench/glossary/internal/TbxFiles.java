package org.cyberbench.glossary.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The TBX files of a folder, or of the copy packaged in the jar, by file name, as bytes (the parser decodes them). */
public final class TbxFiles {

    private TbxFiles() {
    }

    public static Map<String, byte[]> fromDirectory(Path directory) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".tbx")).toList()) {
                files.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the glossary folder " + directory, e);
        }
        return files;
    }

    public static Map<String, byte[]> fromClasspath() {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:glossary/*.tbx")) {
                files.put(resource.getFilename(), resource.getContentAsByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
