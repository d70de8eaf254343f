package org.cyberbench.glossary.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cyberbench.glossary.Concept;
import org.cyberbench.glossary.ImportMode;
import org.cyberbench.glossary.ImportPreview.Change;
import org.cyberbench.glossary.ImportPreview.Kind;
import org.cyberbench.glossary.Term;
import org.cyberbench.glossary.TermStatus;
import org.cyberbench.shared.LocalizedText;

/**
 * Decides what an import does, without touching the database: which concepts of the files are new,
 * which update a concept the glossary has (same id; or, when merging, the one concept they share a
 * term with) and which change nothing, and what each concept becomes.
 */
public final class ImportPlanner {

    /** What the files' concepts become: one change per concept read, and the concepts to write. */
    public record Plan(List<Change> changes, List<Concept> toWrite) {
    }

    /** A term as compared between concepts: the language without its region, the text folded. */
    public record TermKey(String language, String text) {

        static TermKey of(Term term) {
            int dash = term.language().indexOf('-');
            return new TermKey(dash < 0 ? term.language() : term.language().substring(0, dash), Analyzers.normalise(term.text()));
        }
    }

    private ImportPlanner() {
    }

    public static Set<TermKey> termKeys(Collection<Concept> concepts) {
        Set<TermKey> keys = new HashSet<>();
        concepts.forEach(c -> c.terms().forEach(t -> keys.add(TermKey.of(t))));
        return keys;
    }

    /**
     * @param incoming   the concepts read from the files, cross-references resolved
     * @param existing   the glossary's concepts that have an incoming id or share an incoming term
     * @param termOwners for each incoming term, the keys of existing concepts that have it
     */
    public static Plan plan(List<Concept> incoming, Map<String, Concept> existing, Map<TermKey, Set<String>> termOwners, ImportMode mode) {
        Map<String, String> finalKeys = new HashMap<>();
        Map<String, List<String>> shares = new HashMap<>();
        for (Concept concept : incoming) {
            Set<String> owners = new TreeSet<>();
            concept.terms().forEach(t -> owners.addAll(termOwners.getOrDefault(TermKey.of(t), Set.of())));
            owners.remove(concept.key());
            shares.put(concept.key(), List.copyOf(owners));
            boolean sameId = existing.containsKey(concept.key());
            String target = !sameId && mode == ImportMode.MERGE && owners.size() == 1 ? owners.iterator().next() : concept.key();
            finalKeys.put(concept.key(), target);
        }
        Map<String, Concept> state = new LinkedHashMap<>();
        List<Change> changes = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (Concept read : incoming) {
            String key = finalKeys.get(read.key());
            Concept concept = rekeyed(read, key, finalKeys);
            Concept before = state.containsKey(key) ? state.get(key) : existing.get(key);
            Concept after = before == null ? concept : mode == ImportMode.MERGE ? merge(before, concept) : replace(before, concept);
            Kind kind = before == null ? Kind.NEW : sameContent(before, after) ? Kind.UNCHANGED : Kind.UPDATED;
            state.put(key, after);
            if (kind != Kind.UNCHANGED) {
                touched.add(key);
            }
            changes.add(new Change(kind, key, read.key(), after.label("en"), shares.get(read.key())));
        }
        return new Plan(changes, touched.stream().map(state::get).toList());
    }

    /** The existing concept with whatever the incoming one adds: terms, languages, definitions, references. */
    static Concept merge(Concept existing, Concept incoming) {
        List<Term> terms = new ArrayList<>(existing.terms());
        Set<TermKey> seen = new HashSet<>();
        terms.forEach(t -> seen.add(TermKey.of(t)));
        for (Term term : incoming.terms()) {
            if (seen.add(TermKey.of(term))) {
                boolean hasPreferred = terms.stream().anyMatch(t -> t.language().equals(term.language()) && t.status() == TermStatus.PREFERRED);
                TermStatus status = term.status() == TermStatus.PREFERRED && hasPreferred ? TermStatus.ADMITTED : term.status();
                terms.add(new Term(term.language(), term.text(), term.type(), status, term.note()));
            }
        }
        return new Concept(existing.id(), existing.version(), existing.key(),
                existing.subjectField() != null ? existing.subjectField() : incoming.subjectField(),
                union(existing.legalReferences(), incoming.legalReferences()), union(existing.related(), incoming.related()),
                fill(existing.definitions(), incoming.definitions()), fill(existing.sources(), incoming.sources()), terms);
    }

    private static Concept replace(Concept existing, Concept incoming) {
        return new Concept(existing.id(), existing.version(), existing.key(), incoming.subjectField(), incoming.legalReferences(),
                incoming.related(), incoming.definitions(), incoming.sources(), incoming.terms());
    }

    private static Concept rekeyed(Concept concept, String key, Map<String, String> finalKeys) {
        List<String> related = concept.related().stream().map(r -> finalKeys.getOrDefault(r, r)).filter(r -> !r.equals(key)).distinct().toList();
        return new Concept(0, 0, key, concept.subjectField(), concept.legalReferences(), related, concept.definitions(),
                concept.sources(), concept.terms());
    }

    static boolean sameContent(Concept a, Concept b) {
        return a.key().equals(b.key()) && java.util.Objects.equals(a.subjectField(), b.subjectField())
                && a.legalReferences().equals(b.legalReferences()) && a.related().equals(b.related())
                && a.definitions().equals(b.definitions()) && a.sources().equals(b.sources()) && a.terms().equals(b.terms());
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static LocalizedText fill(LocalizedText existing, LocalizedText incoming) {
        Map<String, String> values = new LinkedHashMap<>(existing.values());
        incoming.values().forEach((language, text) -> {
            if (!existing.has(language)) {
                values.put(language, text);
            }
        });
        return new LocalizedText(values);
    }
}
