package org.cyberbench.scenario.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.cyberbench.course.ContentFiles;
import org.cyberbench.identity.SystemAuthentication;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.shared.RefusedImportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports the scenarios of the content folder (or of the jar) at start-up; a refused import changes nothing. */
@Component
@Order(55)
class ScenarioStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScenarioStartup.class);

    private final ScenarioLibrary library;
    private final boolean enabled;
    private final Path directory;

    ScenarioStartup(ScenarioLibrary library, @Value("${cyberbench.content.import-on-start:true}") boolean enabled,
            @Value("${cyberbench.content.dir:course-content}") Path directory) {
        this.library = library;
        this.enabled = enabled;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        ContentFiles all = Files.isDirectory(directory.resolve("scenarios")) ? ContentFiles.fromDirectory(directory)
                : ContentFiles.fromClasspath("course-content");
        Map<String, String> scenarios = new TreeMap<>();
        all.files().forEach((path, text) -> {
            if (path.startsWith("scenarios/") && path.endsWith(".yaml")) {
                scenarios.put(path, text);
            }
        });
        if (scenarios.isEmpty()) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            try {
                int changed = library.importScenarios(scenarios);
                log.info("Scenarios imported: {} changed", changed);
            } catch (RefusedImportException e) {
                log.error("Scenarios were NOT imported; the database is unchanged. {}", e.getMessage());
            }
        });
    }
}
