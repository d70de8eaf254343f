package org.cyberbench.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A text in several languages ({@code en -> "...", fr -> "..."}), as course, scenario and glossary
 * content carries it. Reading picks the reader's language, else English, else any.
 */
public record LocalizedText(Map<String, String> values) {

    public static final String FALLBACK_LANGUAGE = "en";

    public LocalizedText {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values == null ? Map.of() : values));
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    public String get(Locale locale) {
        return get(locale == null ? FALLBACK_LANGUAGE : locale.getLanguage());
    }

    public String get(String language) {
        String text = values.get(language);
        if (text == null) {
            text = values.get(FALLBACK_LANGUAGE);
        }
        if (text == null) {
            text = values.values().stream().findFirst().orElse("");
        }
        return text;
    }

    public boolean has(String language) {
        String text = values.get(language);
        return text != null && !text.isBlank();
    }

    public Set<String> languages() {
        return values.keySet();
    }
}
