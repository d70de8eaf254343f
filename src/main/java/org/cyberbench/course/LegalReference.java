package org.cyberbench.course;

import java.util.regex.Pattern;

/** A reference to an instrument's article, written like {@code ETS185 Art. 16} or {@code ECHR Art. 6(3)}. */
public final class LegalReference {

    private static final Pattern FORMAT = Pattern.compile(
            "(ETS185|ETS189|CETS224|CETS201|ETS108|CETS223|ECHR) Art\\. \\d+[a-z]?(\\(\\d+\\))?");

    private LegalReference() {
    }

    public static boolean isValid(String reference) {
        return reference != null && FORMAT.matcher(reference).matches();
    }
}
