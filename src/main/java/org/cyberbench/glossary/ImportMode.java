package org.cyberbench.glossary;

/**
 * What an import does with concepts the glossary already has (the same id, or, for merging, a term
 * they share).
 */
public enum ImportMode {
    /** The file's terms, definitions and languages are added; nothing the glossary has is removed. */
    MERGE,
    /** A concept with the same id becomes what the file says; one that only shares a term is added beside it. */
    REPLACE;

    public String labelKey() {
        return "glossary.mode." + name();
    }
}
