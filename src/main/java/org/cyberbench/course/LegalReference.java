package org.cyberbench.course;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to the source of a rule, in one of three forms (course-content/README.md, "Legal references"):
 * <ul>
 *   <li>an article of a treaty: {@code ETS185 Art. 16}, {@code ECHR Art. 6(3)}, {@code ETS185 Art. 18(1)(b)},
 *       {@code UNCC Art. 23};</li>
 *   <li>an article of an EU act: {@code EU Reg 2023/1543 Art. 5(4)}, {@code EU Dir 2014/41 Art. 31};</li>
 *   <li>a judgment, by case or application number: {@code CJEU C-670/22}, {@code ECtHR 47143/06}.</li>
 * </ul>
 */
public final class LegalReference {

    private static final String ARTICLE = " Art\\. \\d+[a-z]?(\\(\\d+\\))?(\\([a-z]\\))?";
    private static final Pattern TREATY = Pattern.compile(
            "(ETS185|ETS189|CETS224|CETS201|ETS108|CETS223|CETS225|ECHR|UNCC)" + ARTICLE);
    private static final Pattern EU_ACT = Pattern.compile("EU (Reg|Dir) (\\d{4})/(\\d{1,4})" + ARTICLE);
    private static final Pattern CJEU = Pattern.compile("CJEU C-\\d{1,4}/\\d{2}");
    private static final Pattern ECTHR = Pattern.compile("ECtHR \\d{1,6}/\\d{2}");

    private LegalReference() {
    }

    public static boolean isValid(String reference) {
        return reference != null && (TREATY.matcher(reference).matches() || EU_ACT.matcher(reference).matches()
                || CJEU.matcher(reference).matches() || ECTHR.matcher(reference).matches());
    }

    /**
     * Where the reference's source is published: the Council of Europe treaty office for its treaties, EUR-Lex for EU
     * acts (by ELI), the Court of Justice's case search, HUDOC for the Strasbourg court and UNODC for the UN
     * convention.
     */
    public static String instrumentUrl(String reference) {
        Matcher eu = EU_ACT.matcher(reference);
        if (eu.matches()) {
            return "https://eur-lex.europa.eu/eli/" + eu.group(1).toLowerCase() + "/" + eu.group(2) + "/" + eu.group(3) + "/oj";
        }
        if (CJEU.matcher(reference).matches()) {
            return "https://curia.europa.eu/juris/liste.jsf?num=" + reference.substring("CJEU ".length());
        }
        if (ECTHR.matcher(reference).matches()) {
            String query = "{\"appno\":[\"" + reference.substring("ECtHR ".length()) + "\"]}";
            return "https://hudoc.echr.coe.int/eng#" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        }
        String instrument = reference.substring(0, reference.indexOf(' '));
        if (instrument.equals("UNCC")) {
            return "https://www.unodc.org/unodc/en/cybercrime/convention/home.html";
        }
        String number = instrument.equals("ECHR") ? "005" : instrument.replaceAll("\\D", "");
        return "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=" + number;
    }
}
