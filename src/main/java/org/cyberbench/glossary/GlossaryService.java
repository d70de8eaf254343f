package org.cyberbench.glossary;

import org.cyberbench.shared.ops.ImportMetrics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cyberbench.shared.FileProblem;
import org.cyberbench.glossary.internal.ConceptEntity;
import org.cyberbench.glossary.internal.ConceptRepository;
import org.cyberbench.glossary.internal.TbxImports;
import org.cyberbench.glossary.internal.GlossarySearchEngine;
import org.cyberbench.glossary.internal.TbxReader;
import org.cyberbench.glossary.internal.TbxWriter;
import org.cyberbench.shared.StaleDataException;
import org.cyberbench.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The glossary: search, read, edit (content editors, with optimistic locking), and TBX import and
 * export (all or nothing, every problem with file and line).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class GlossaryService {

    /** Told how far an import has got, for a progress bar. */
    public interface Progress {
        void update(double fraction);

        Progress NONE = fraction -> {
        };
    }

    /** Concept ids: they appear in links, so letters, digits, '.', '_' and '-' only. */
    public static final String KEY_PATTERN = "[A-Za-z0-9_][A-Za-z0-9._-]{0,99}";
    private static final int BATCH = 100;

    private final ConceptRepository concepts;
    private final TbxImports imports;
    private final GlossarySearchEngine engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final ImportMetrics metrics;

    GlossaryService(ConceptRepository concepts, TbxImports imports, GlossarySearchEngine engine,
            ApplicationEventPublisher events, Clock clock, ImportMetrics metrics) {
        this.metrics = metrics;
        this.concepts = concepts;
        this.imports = imports;
        this.engine = engine;
        this.events = events;
        this.clock = clock;
    }

    /** Best matches first; any text is safe (it is analysed, never parsed as query syntax). */
    public List<SearchHit> search(GlossaryQuery query) {
        List<String> keys = engine.search(query);
        Map<String, Concept> byKey = concepts.findByKeyIn(keys).stream().map(ConceptEntity::toRecord)
                .collect(Collectors.toMap(Concept::key, Function.identity()));
        return keys.stream().filter(byKey::containsKey).map(key -> engine.hit(byKey.get(key), query)).toList();
    }

    public Optional<Concept> find(String key) {
        return concepts.findByKey(key).map(ConceptEntity::toRecord);
    }

    public List<Concept> findAll(List<String> keys) {
        Map<String, Concept> byKey = concepts.findByKeyIn(keys).stream().map(ConceptEntity::toRecord)
                .collect(Collectors.toMap(Concept::key, Function.identity()));
        return keys.stream().filter(byKey::containsKey).map(byKey::get).toList();
    }

    public List<Concept> all() {
        return concepts.findAllOrdered().stream().map(ConceptEntity::toRecord).toList();
    }

    public long count() {
        return concepts.count();
    }

    /** The languages the glossary has terms in, in code order. */
    public List<String> languages() {
        return concepts.findLanguages();
    }

    /** Saves an edited concept; refused with a clear message when someone else saved it meanwhile. */
    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    @Transactional
    public Concept save(Concept edited) {
        if (!edited.key().matches(KEY_PATTERN)) {
            throw new UserFacingException("glossary.error.invalid", "the id must be letters, digits, '.', '_' or '-'");
        }
        TbxReader checker = new TbxReader();
        List<Concept> read = checker.read(Map.of("edit", TbxWriter.write(List.of(edited), "edit").getBytes(StandardCharsets.UTF_8)));
        if (checker.problems().isEmpty()) {
            checker.resolveReferences(read, new HashSet<>(concepts.findKeysIn(edited.related())));
        }
        List<FileProblem> problems = new ArrayList<>(checker.problems());
        problems.addAll(checker.warnings());
        if (!problems.isEmpty()) {
            throw new UserFacingException("glossary.error.invalid", problems.getFirst().reason());
        }
        ConceptEntity entity = concepts.findByKey(edited.key()).orElseGet(() -> new ConceptEntity(edited.key()));
        if (entity.getId() != null && edited.id() == 0) {
            throw new UserFacingException("glossary.error.keyTaken", edited.key());
        }
        if (entity.getId() != null) {
            StaleDataException.check("This concept", entity.getVersion(), edited.version());
        }
        entity.write(edited, clock.instant());
        Concept saved = concepts.saveAndFlush(entity).toRecord();
        events.publishEvent(new GlossaryChanged(List.of(saved.key())));
        return saved;
    }

    /**
     * What importing these TBX files (name to bytes) would do, written nowhere: new, updated and unchanged
     * concepts, the terms they share with concepts we have, and every problem and warning with file and line.
     */
    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    public ImportPreview previewTbx(Map<String, byte[]> files, ImportMode mode) {
        return imports.prepare(files, mode).preview();
    }

    /**
     * Imports TBX files all or nothing. With the fingerprint of the preview the editor saw, the import is
     * refused when the glossary changed since (someone saved or imported); null skips that check.
     */
    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    @Transactional
    public String importTbx(Map<String, byte[]> files, ImportMode mode, String previewedFingerprint, Progress progress) {
        return metrics.time("glossary", () -> {
            TbxImports.Prepared prepared = imports.prepare(files, mode);
            ImportPreview preview = prepared.preview();
            progress.update(0.3);
            if (!preview.problems().isEmpty()) {
                throw new GlossaryImportException(preview.problems());
            }
            if (previewedFingerprint != null && !previewedFingerprint.equals(preview.glossaryFingerprint())) {
                throw new UserFacingException("glossary.error.changedSincePreview");
            }
            List<Concept> toWrite = prepared.toWrite();
            Map<String, ConceptEntity> existing = new java.util.HashMap<>();
            for (int i = 0; i < toWrite.size(); i += BATCH) {
                concepts.findByKeyIn(toWrite.subList(i, Math.min(i + BATCH, toWrite.size())).stream().map(Concept::key).toList())
                        .forEach(e -> existing.put(e.getKey(), e));
            }
            for (int i = 0; i < toWrite.size(); i += BATCH) {
                List<ConceptEntity> batch = new ArrayList<>();
                for (Concept concept : toWrite.subList(i, Math.min(i + BATCH, toWrite.size()))) {
                    ConceptEntity entity = existing.computeIfAbsent(concept.key(), ConceptEntity::new);
                    entity.write(concept, clock.instant());
                    batch.add(entity);
                }
                concepts.saveAll(batch);
                concepts.flush();
                progress.update(0.3 + 0.7 * Math.min(i + BATCH, toWrite.size()) / toWrite.size());
            }
            String summary = preview.changes().size() + " concepts (" + preview.count(ImportPreview.Kind.NEW) + " new, "
                    + preview.count(ImportPreview.Kind.UPDATED) + " updated, " + preview.count(ImportPreview.Kind.UNCHANGED) + " unchanged)";
            imports.record(hash(files), summary);
            if (!toWrite.isEmpty()) {
                events.publishEvent(new GlossaryChanged(toWrite.stream().map(Concept::key).toList()));
            }
            return summary;
        });
    }

    /** The whole glossary as TBX-Basic v3 (UTF-8), which this import and other tools read back. */
    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    public byte[] exportTbx() {
        return TbxWriter.write(all(), "Cyberbench glossary of cybercrime and electronic evidence").getBytes(StandardCharsets.UTF_8);
    }

    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    public Optional<String> lastImportedHash() {
        return imports.lastImportedHash();
    }

    public static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new java.util.TreeMap<>(files).forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
