package org.cyberbench.glossary;

import java.util.Optional;

/** One result: the concept, the term that matched and that term with the match marked (safe HTML). */
public record SearchHit(Concept concept, Term matched, String highlightedHtml) {

    /**
     * The full form to show beside a matched acronym or abbreviation ("CSAM": child sexual abuse material):
     * the preferred term in the same language, else a full form of it.
     */
    public Optional<String> fullForm() {
        if (matched.type() == null || !matched.type().isShort()) {
            return Optional.empty();
        }
        return concept.preferred(matched.language()).filter(t -> t.type() == null || !t.type().isShort())
                .or(() -> concept.terms(matched.language()).stream().filter(t -> t.type() == TermType.FULL_FORM).findFirst())
                .map(Term::text).filter(text -> !text.equalsIgnoreCase(matched.text()));
    }
}
