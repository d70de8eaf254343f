package org.cyberbench.glossary;

/** TBX administrativeStatus values: preferred, admitted, deprecated. */
public enum TermStatus {
    PREFERRED("preferredTerm-admn-sts"), ADMITTED("admittedTerm-admn-sts"), DEPRECATED("deprecatedTerm-admn-sts");

    private final String tbx;

    TermStatus(String tbx) {
        this.tbx = tbx;
    }

    public String tbx() {
        return tbx;
    }

    public static TermStatus fromTbx(String value) {
        for (TermStatus status : values()) {
            if (status.tbx.equals(value)) {
                return status;
            }
        }
        return null;
    }

    public String labelKey() {
        return "glossary.status." + name();
    }
}
