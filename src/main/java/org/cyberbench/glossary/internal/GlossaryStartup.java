package org.cyberbench.glossary.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cyberbench.glossary.GlossaryImportException;
import org.cyberbench.glossary.GlossaryService;
import org.cyberbench.glossary.ImportMode;
import org.cyberbench.identity.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up: imports the glossary's TBX files when they changed (from {@code cyberbench.glossary.dir}
 * when it exists, else from the jar), then rebuilds the search index if it is missing or stale.
 */
@Component
@Order(60)
class GlossaryStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GlossaryStartup.class);

    private final GlossaryService glossary;
    private final GlossarySearchEngine engine;
    private final boolean importOnStart;
    private final Path directory;

    GlossaryStartup(GlossaryService glossary, GlossarySearchEngine engine,
            @Value("${cyberbench.glossary.import-on-start:true}") boolean importOnStart,
            @Value("${cyberbench.glossary.dir:glossary}") Path directory) {
        this.glossary = glossary;
        this.engine = engine;
        this.importOnStart = importOnStart;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (importOnStart) {
            Map<String, byte[]> files = Files.isDirectory(directory) ? TbxFiles.fromDirectory(directory) : TbxFiles.fromClasspath();
            if (!files.isEmpty()) {
                SystemAuthentication.runAsSystem(() -> {
                    if (glossary.lastImportedHash().filter(GlossaryService.hash(files)::equals).isPresent()) {
                        return;
                    }
                    try {
                        log.info("Imported the glossary: {}", glossary.importTbx(files, ImportMode.REPLACE, null, GlossaryService.Progress.NONE));
                    } catch (GlossaryImportException e) {
                        log.error("The glossary was NOT imported; the database is unchanged. {}", e.getMessage());
                    }
                });
            }
        }
        engine.rebuildIfStale();
    }
}
