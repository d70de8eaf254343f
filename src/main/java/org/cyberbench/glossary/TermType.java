package org.cyberbench.glossary;

/** TBX termType values we use. */
public enum TermType {
    FULL_FORM("fullForm"), ACRONYM("acronym"), ABBREVIATION("abbreviation"), VARIANT("variant");

    private final String tbx;

    TermType(String tbx) {
        this.tbx = tbx;
    }

    public String tbx() {
        return tbx;
    }

    public static TermType fromTbx(String value) {
        for (TermType type : values()) {
            if (type.tbx.equals(value)) {
                return type;
            }
        }
        return null;
    }

    public String labelKey() {
        return "glossary.termType." + name();
    }
}
