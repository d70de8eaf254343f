package org.cyberbench.glossary.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.ImportMode;
import org.cyberbench.glossary.ImportPreview;
import org.cyberbench.glossary.internal.ImportPlanner.Plan;
import org.cyberbench.glossary.internal.ImportPlanner.TermKey;
import org.cyberbench.shared.FileProblem;
import org.springframework.stereotype.Component;

/**
 * Reads, validates and plans a TBX import against the glossary as it is, without writing: the
 * preview an editor sees and the plan an import carries out are the same computation.
 */
@Component
public class TbxImports {

    private static final int CHUNK = 1000;

    /** The preview, and the concepts to write when the editor goes ahead. */
    public record Prepared(ImportPreview preview, List<Concept> toWrite) {
    }

    private final ConceptRepository concepts;
    private final GlossaryImportRepository imports;
    private final TbxSchemaValidator validator;
    private final Clock clock;

    TbxImports(ConceptRepository concepts, GlossaryImportRepository imports, TbxSchemaValidator validator, Clock clock) {
        this.concepts = concepts;
        this.imports = imports;
        this.validator = validator;
        this.clock = clock;
    }

    /** Remembers what was imported, so start-up imports only changed files. */
    public void record(String sourceHash, String summary) {
        imports.save(new GlossaryImportEntity(sourceHash, summary, clock.instant()));
    }

    public Optional<String> lastImportedHash() {
        return imports.findFirstByOrderByIdDesc().map(GlossaryImportEntity::getSourceHash);
    }

    /** Call inside a transaction: the fingerprint and the concepts compared must be one state. */
    public Prepared prepare(Map<String, byte[]> files, ImportMode mode) {
        String fingerprint = concepts.fingerprint();
        TbxReader reader = new TbxReader();
        List<Concept> read = reader.read(files);
        List<FileProblem> problems = new ArrayList<>(reader.problems());
        List<String> descriptions = new ArrayList<>();
        List<FileProblem> unvalidated = new ArrayList<>();
        for (TbxReader.FileInfo info : reader.files()) {
            descriptions.add(describe(info));
            if (info.version() != 3 || !info.wellFormed()) {
                continue;
            }
            if (!info.namespace().equals(TbxReader.NAMESPACE)) {
                unvalidated.add(new FileProblem(info.file(), 1, namespaceWarning(info.namespace())));
                continue;
            }
            List<FileProblem> invalid = validator.validate(info.file(), info.dialect(), files.get(info.file()));
            if (!invalid.isEmpty()) {
                // The schema names the real fault; what the reader then stumbled on follows from it.
                problems.removeIf(p -> p.file().equals(info.file()));
                problems.addAll(invalid);
            }
        }
        if (!problems.isEmpty()) {
            return new Prepared(new ImportPreview(mode, fingerprint, descriptions, List.of(), problems, warnings(unvalidated, reader)), List.of());
        }
        Set<String> targets = new HashSet<>();
        read.forEach(c -> targets.addAll(c.related()));
        List<Concept> resolved = reader.resolveReferences(read, existingKeys(targets));
        Map<TermKey, Set<String>> owners = termOwners(resolved);
        Set<String> wanted = new HashSet<>();
        resolved.forEach(c -> wanted.add(c.key()));
        owners.values().forEach(wanted::addAll);
        Map<String, Concept> existing = new HashMap<>();
        chunks(wanted, chunk -> concepts.findByKeyIn(chunk)).forEach(e -> existing.put(e.getKey(), e.toRecord()));
        Plan plan = ImportPlanner.plan(resolved, existing, owners, mode);
        return new Prepared(new ImportPreview(mode, fingerprint, descriptions, plan.changes(), List.of(), warnings(unvalidated, reader)),
                plan.toWrite());
    }

    private Set<String> existingKeys(Set<String> keys) {
        return new HashSet<>(chunks(keys, concepts::findKeysIn));
    }

    /** For each term of the files, the existing concepts that have it (the database collation finds candidates). */
    private Map<TermKey, Set<String>> termOwners(List<Concept> incoming) {
        Set<String> texts = new HashSet<>();
        incoming.forEach(c -> c.terms().forEach(t -> texts.add(t.text())));
        Set<TermKey> wanted = ImportPlanner.termKeys(incoming);
        Map<TermKey, Set<String>> owners = new HashMap<>();
        for (ConceptRepository.TermRow row : chunks(texts, concepts::findTermsByText)) {
            TermKey key = TermKey.of(new org.cyberbench.glossary.Term(row.language(), row.text(), null, null, null));
            if (wanted.contains(key)) {
                owners.computeIfAbsent(key, k -> new HashSet<>()).add(row.conceptKey());
            }
        }
        return owners;
    }

    private static <T> List<T> chunks(Collection<String> values, Function<List<String>, List<T>> query) {
        List<String> all = new ArrayList<>(values);
        List<T> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.addAll(query.apply(all.subList(i, Math.min(i + CHUNK, all.size()))));
        }
        return found;
    }

    private static List<FileProblem> warnings(List<FileProblem> unvalidated, TbxReader reader) {
        List<FileProblem> all = new ArrayList<>(unvalidated);
        all.addAll(reader.warnings());
        return all;
    }

    private static String namespaceWarning(String namespace) {
        return namespace.isEmpty()
                ? "the <tbx> root has no namespace (TBX v3 declares xmlns=\"" + TbxReader.NAMESPACE + "\"); read without schema validation"
                : "the file uses the namespace " + namespace + " of a TBX v3 draft, not " + TbxReader.NAMESPACE
                        + " (ISO 30042:2019); read without schema validation";
    }

    private static String describe(TbxReader.FileInfo info) {
        String kind = info.version() == 3 ? "TBX v3" : "TBX v2 (martif)";
        String dialect = info.dialect() == null || info.dialect().isBlank() || info.dialect().equals("TBX") ? "" : " " + info.dialect();
        String style = info.style() == null || info.style().isBlank() ? "" : " (" + info.style().toUpperCase(java.util.Locale.ROOT) + ")";
        String checks = info.version() != 3 || !info.namespace().equals(TbxReader.NAMESPACE) ? ", read without schema validation"
                : TbxDialectRules.knows(info.dialect()) ? ", validated against the " + info.dialect() + " schema and rules"
                        : ", validated against the TBX core schema";
        return info.file() + ": " + kind + dialect + style + checks;
    }
}
