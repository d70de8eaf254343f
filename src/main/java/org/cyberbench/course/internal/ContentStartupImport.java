package org.cyberbench.course.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cyberbench.course.ContentFiles;
import org.cyberbench.course.ContentImportException;
import org.cyberbench.course.ContentImporter;
import org.cyberbench.identity.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, imports the course content when its files changed since the last import: from
 * {@code cyberbench.content.dir} when that folder exists, else from the copy packaged in the jar.
 * A refused import is logged with every problem and leaves the database as it was.
 */
@Component
@Order(50)
class ContentStartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentStartupImport.class);

    private final ContentImporter importer;
    private final boolean enabled;
    private final Path directory;

    ContentStartupImport(ContentImporter importer,
            @Value("${cyberbench.content.import-on-start:true}") boolean enabled,
            @Value("${cyberbench.content.dir:course-content}") Path directory) {
        this.importer = importer;
        this.enabled = enabled;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        boolean fromFolder = Files.isDirectory(directory.resolve("courses"));
        ContentFiles files = fromFolder ? ContentFiles.fromDirectory(directory) : ContentFiles.fromClasspath("course-content");
        String source = fromFolder ? directory.toAbsolutePath().toString() : "classpath:course-content";
        if (files.isEmpty()) {
            log.info("No course content found in {}", source);
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            if (importer.lastImportedHash().filter(files.hash()::equals).isPresent()) {
                log.info("Course content unchanged since the last import ({})", source);
                return;
            }
            try {
                long started = System.nanoTime();
                ContentImporter.ImportReport report = importer.importContent(files, source, ContentImporter.Progress.NONE);
                log.info("Imported course content from {} in {} ms: {}", source, (System.nanoTime() - started) / 1_000_000,
                        report.summary());
            } catch (ContentImportException e) {
                log.error("Course content in {} was NOT imported; the database is unchanged. {}", source, e.getMessage());
            }
        });
    }
}
