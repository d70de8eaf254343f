package org.cyberbench.glossary;

/** What a user typed, and the optional filters (null means any). */
public record GlossaryQuery(String text, String language, String subjectField, int limit) {

    public static final int MAX_LENGTH = 200;

    public static GlossaryQuery of(String text) {
        return new GlossaryQuery(text, null, null, 20);
    }
}
