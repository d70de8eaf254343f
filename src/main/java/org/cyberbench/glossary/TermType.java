package org.cyberbench.glossary;

/** TBX termType values (the TBX-Basic picklist). A term without a type in its file has none ({@code null}). */
public enum TermType {
    FULL_FORM("fullForm"), ACRONYM("acronym"), ABBREVIATION("abbreviation"), SHORT_FORM("shortForm"), VARIANT("variant"),
    PHRASE("phrase");

    private final String tbx;

    TermType(String tbx) {
        this.tbx = tbx;
    }

    public String tbx() {
        return tbx;
    }

    /** The type a TBX value stands for, or null when it is none we know. */
    public static TermType fromTbx(String value) {
        for (TermType type : values()) {
            if (type.tbx.equals(value)) {
                return type;
            }
        }
        return null;
    }

    /** An acronym or abbreviation, which a reader wants to see with its full form. */
    public boolean isShort() {
        return this == ACRONYM || this == ABBREVIATION || this == SHORT_FORM;
    }

    public String labelKey() {
        return "glossary.termType." + name();
    }
}
