package org.cyberbench.glossary;

/** One designation of a concept in one language. */
public record Term(String language, String text, TermType type, TermStatus status, String note) {
}
