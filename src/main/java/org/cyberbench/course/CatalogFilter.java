package org.cyberbench.course;

import java.text.Normalizer;
import java.util.Locale;
import org.cyberbench.identity.Profession;

/** What a learner narrows the catalogue by; null means any. */
public record CatalogFilter(Profession profession, CourseLevel level, String language, String text) {

    public static CatalogFilter all() {
        return new CatalogFilter(null, null, null, null);
    }

    /** Whether what was typed occurs in these texts (title, summary, ...), ignoring case and accents; true when nothing was typed. */
    public boolean matchesText(String... texts) {
        if (text == null || text.isBlank()) {
            return true;
        }
        return fold(String.join(" ", texts)).contains(fold(text.strip()));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
