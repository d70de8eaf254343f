package org.cyberbench.glossary;

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
import org.cyberbench.glossary.internal.GlossaryImportEntity;
import org.cyberbench.glossary.internal.GlossaryImportRepository;
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

    private final ConceptRepository concepts;
    private final GlossaryImportRepository imports;
    private final GlossarySearchEngine engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GlossaryService(ConceptRepository concepts, GlossaryImportRepository imports, GlossarySearchEngine engine,
            ApplicationEventPublisher events, Clock clock) {
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

    /** Saves an edited concept; refused with a clear message when someone else saved it meanwhile. */
    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    @Transactional
    public Concept save(Concept edited) {
        TbxReader checker = new TbxReader();
        checker.read(Map.of("edit", TbxWriter.write(List.of(edited), "edit")));
        checker.checkReferences(List.of(edited), new HashSet<>(concepts.findAllOrdered().stream().map(ConceptEntity::getKey).toList()));
        if (!checker.problems().isEmpty()) {
            throw new UserFacingException("glossary.error.invalid", checker.problems().getFirst().reason());
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

    /** Imports TBX files (name to content): all or nothing; existing concepts with the same id are replaced. */
    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    @Transactional
    public String importTbx(Map<String, String> files, Progress progress) {
        TbxReader reader = new TbxReader();
        List<Concept> read = reader.read(files);
        progress.update(0.3);
        reader.checkReferences(read, new HashSet<>(concepts.findAllOrdered().stream().map(ConceptEntity::getKey).toList()));
        List<FileProblem> problems = reader.problems();
        if (!problems.isEmpty()) {
            throw new GlossaryImportException(problems);
        }
        Map<String, ConceptEntity> existing = concepts.findByKeyIn(read.stream().map(Concept::key).toList()).stream()
                .collect(Collectors.toMap(ConceptEntity::getKey, Function.identity()));
        List<ConceptEntity> toSave = new ArrayList<>();
        int created = 0;
        for (Concept concept : read) {
            ConceptEntity entity = existing.get(concept.key());
            if (entity == null) {
                entity = new ConceptEntity(concept.key());
                created++;
            }
            entity.write(concept, clock.instant());
            toSave.add(entity);
        }
        for (int i = 0; i < toSave.size(); i += 100) {
            concepts.saveAll(toSave.subList(i, Math.min(i + 100, toSave.size())));
            concepts.flush();
            progress.update(0.3 + 0.7 * Math.min(i + 100, toSave.size()) / toSave.size());
        }
        String summary = read.size() + " concepts (" + created + " new, " + (read.size() - created) + " updated)";
        imports.save(new GlossaryImportEntity(hash(files), summary, clock.instant()));
        events.publishEvent(new GlossaryChanged(read.stream().map(Concept::key).toList()));
        return summary;
    }

    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    public String exportTbx() {
        return TbxWriter.write(all(), "Cyberbench glossary of cybercrime and electronic evidence");
    }

    @PreAuthorize("hasAnyRole('CONTENT_EDITOR', 'ADMIN')")
    public Optional<String> lastImportedHash() {
        return imports.findFirstByOrderByIdDesc().map(GlossaryImportEntity::getSourceHash);
    }

    public static String hash(Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new java.util.TreeMap<>(files).forEach((name, text) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
