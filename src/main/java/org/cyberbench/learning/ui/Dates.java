package org.cyberbench.learning.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the reader writes them (23 November 2026 / 23 novembre 2026). */
final class Dates {

    private Dates() {
    }

    static String format(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant);
    }
}
