package org.cyberbench.glossary;

import java.util.List;

/** The subject fields a concept belongs to (one each). */
public final class SubjectFields {

    public static final List<String> ALL = List.of("offences", "procedural-powers", "international-cooperation",
            "electronic-evidence", "technology", "child-protection", "data-protection", "fundamental-rights",
            "financial-crime");

    private SubjectFields() {
    }

    public static String labelKey(String field) {
        return "glossary.subject." + field;
    }
}
