package org.cyberbench.shared.i18n;

import java.util.List;
import java.util.Locale;

/** Languages training is delivered in (for events and trainer profiles), named in the reader's language. */
public final class Languages {

    /** The Council of Europe's official languages first, then the ones most member states train in. */
    public static final List<String> TRAINING = List.of("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ro", "sl", "hr", "el", "uk");

    private Languages() {
    }

    public static String name(String code, Locale reader) {
        return Locale.of(code).getDisplayLanguage(reader);
    }
}
