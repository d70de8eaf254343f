package org.cyberbench.glossary;

import java.util.List;
import java.util.Optional;
import org.cyberbench.shared.LocalizedText;

/** A glossary concept: what it is (definition per language), how it is called (terms), where the law deals with it. */
public record Concept(
        long id,
        long version,
        String key,
        String subjectField,
        List<String> legalReferences,
        List<String> related,
        LocalizedText definitions,
        LocalizedText sources,
        List<Term> terms) {

    public List<Term> terms(String language) {
        return terms.stream().filter(t -> t.language().equals(language)).toList();
    }

    public Optional<Term> preferred(String language) {
        return terms(language).stream().filter(t -> t.status() == TermStatus.PREFERRED).findFirst();
    }

    /** The preferred term in the language, else in English, else any. */
    public String label(String language) {
        return preferred(language).or(() -> preferred("en")).map(Term::text)
                .orElseGet(() -> terms.isEmpty() ? key : terms.getFirst().text());
    }

    public List<String> languages() {
        return terms.stream().map(Term::language).distinct().toList();
    }
}
