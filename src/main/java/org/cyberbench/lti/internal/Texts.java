package org.cyberbench.lti.internal;

/** Platforms send texts of any length; columns and logs take a bounded part. */
final class Texts {

    private Texts() {
    }

    /** The text cut to at most {@code max} characters; null stays null. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
