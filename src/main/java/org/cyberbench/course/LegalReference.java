package org.cyberbench.course;

import java.util.regex.Pattern;

/** A reference to an instrument's article: {@code ETS185 Art. 16}, {@code ECHR Art. 6(3)}, {@code ETS185 Art. 18(1)(b)}. */
public final class LegalReference {

    private static final Pattern FORMAT = Pattern.compile(
            "(ETS185|ETS189|CETS224|CETS201|ETS108|CETS223|ECHR) Art\\. \\d+[a-z]?(\\(\\d+\\))?(\\([a-z]\\))?");

    private LegalReference() {
    }

    public static boolean isValid(String reference) {
        return reference != null && FORMAT.matcher(reference).matches();
    }

    /** The Council of Europe treaty office's page of the reference's instrument (all our instruments are its treaties). */
    public static String instrumentUrl(String reference) {
        String instrument = reference.substring(0, reference.indexOf(' '));
        String number = instrument.equals("ECHR") ? "005" : instrument.replaceAll("\\D", "");
        return "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=" + number;
    }
}
