package org.cyberbench.glossary.internal;

import java.text.Normalizer;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks, in a term, the words that begin with what the user typed, ignoring case and accents
 * ("electro" marks "électronique"). The result is escaped HTML with {@code <mark>} elements.
 */
final class Highlighter {

    private Highlighter() {
    }

    static String mark(String text, List<String> foldedTokens) {
        String folded = fold(text);
        boolean[] marked = new boolean[text.length()];
        for (String token : foldedTokens) {
            if (token.isEmpty()) {
                continue;
            }
            int from = 0;
            while ((from = folded.indexOf(token, from)) >= 0) {
                boolean wordStart = from == 0 || !Character.isLetterOrDigit(folded.charAt(from - 1));
                if (wordStart) {
                    for (int i = from; i < from + token.length() && i < marked.length; i++) {
                        marked[i] = true;
                    }
                }
                from += token.length();
            }
        }
        StringBuilder html = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] && !open) {
                html.append("<mark>");
                open = true;
            } else if (!marked[i] && open) {
                html.append("</mark>");
                open = false;
            }
            html.append(HtmlUtils.htmlEscape(String.valueOf(text.charAt(i)), "UTF-8"));
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    /** Lower case without accents, one character for one character, so that positions match the original. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            folded.append(c.isEmpty() ? text.charAt(i) : Character.toLowerCase(c.charAt(0)));
        }
        return folded.toString();
    }
}
