package org.cyberbench.shared.i18n;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** ISO 3166 country codes with their names in the user's language, for pickers and display. */
public final class Countries {

    private static final List<String> CODES = Arrays.stream(Locale.getISOCountries()).toList();

    private Countries() {
    }

    public static List<String> codesSortedByName(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return CODES.stream().sorted(Comparator.comparing((String code) -> name(code, locale), collator)).toList();
    }

    public static String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return Locale.of("", code).getDisplayCountry(locale);
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
