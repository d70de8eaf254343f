package org.cyberbench.glossary;

/** One result: the concept, the term that matched and that term with the match marked (safe HTML). */
public record SearchHit(Concept concept, Term matched, String highlightedHtml) {
}
