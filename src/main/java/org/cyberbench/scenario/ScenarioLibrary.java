package org.cyberbench.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyberbench.scenario.internal.ScenarioReader;
import org.cyberbench.scenario.internal.ScenarioVersionEntity;
import org.cyberbench.scenario.internal.ScenarioVersionRepository;
import org.cyberbench.shared.FileProblem;
import org.cyberbench.shared.RefusedImportException;
import org.cyberbench.shared.json.Json;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scenarios available to trainers, imported all or nothing from course-content/scenarios. A new
 * version number adds a version (runs keep the version they started with); the same number with new
 * content replaces the stored definition.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ScenarioLibrary {

    public record ScenarioSummary(long versionId, String slug, int version, ScenarioDefinition definition) {
    }

    private final ScenarioVersionRepository versions;
    private final Clock clock;

    ScenarioLibrary(ScenarioVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    public List<ScenarioSummary> current() {
        return versions.findByCurrentTrueOrderBySlug().stream().map(ScenarioLibrary::summary).toList();
    }

    /** The current scenarios' titles by slug, in the reader's language. */
    public java.util.Map<String, String> titles(java.util.Locale locale) {
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        current().forEach(s -> titles.put(s.slug(), s.definition().title().get(locale.getLanguage())));
        return titles;
    }

    public Optional<ScenarioSummary> version(long versionId) {
        return versions.findById(versionId).map(ScenarioLibrary::summary);
    }

    /** Imports the scenario files (path under the content root to text); returns how many changed. */
    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    @Transactional
    public int importScenarios(Map<String, String> files) {
        List<ScenarioDefinition> scenarios = ScenarioReader.read(files);
        List<FileProblem> problems = new ArrayList<>();
        int changed = 0;
        for (ScenarioDefinition scenario : scenarios) {
            String json = Json.write(scenario);
            String hash = hash(json);
            Optional<ScenarioVersionEntity> newest = versions.findFirstBySlugOrderByRevisionDesc(scenario.slug());
            if (newest.isPresent() && scenario.version() < newest.get().getRevision()) {
                problems.add(new FileProblem("scenarios/" + scenario.slug() + "/scenario.yaml", 2,
                        "version " + scenario.version() + " is older than the imported version " + newest.get().getRevision()));
            } else if (newest.isPresent() && scenario.version() == newest.get().getRevision()) {
                if (!newest.get().getContentHash().equals(hash)) {
                    newest.get().setDefinition(json, hash);
                    changed++;
                }
            } else {
                newest.ifPresent(old -> old.setCurrent(false));
                versions.save(new ScenarioVersionEntity(scenario.slug(), scenario.version(), hash, json, clock.instant()));
                changed++;
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedImportException("scenarios", problems);
        }
        return changed;
    }

    private record Parsed(String hash, ScenarioSummary summary) {
    }

    /** Parsed definitions by version id, valid while the stored content hash is the same. */
    private static final Map<Long, Parsed> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    static ScenarioSummary summary(ScenarioVersionEntity entity) {
        Parsed parsed = PARSED.get(entity.getId());
        if (parsed != null && parsed.hash().equals(entity.getContentHash())) {
            return parsed.summary();
        }
        ScenarioSummary summary = new ScenarioSummary(entity.getId(), entity.getSlug(), entity.getRevision(),
                Json.read(entity.getDefinition(), ScenarioDefinition.class));
        PARSED.put(entity.getId(), new Parsed(entity.getContentHash(), summary));
        return summary;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
