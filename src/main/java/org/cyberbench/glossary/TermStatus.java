package org.cyberbench.glossary;

import java.util.Map;

/**
 * TBX administrativeStatus: preferred, admitted, deprecated, superseded (the TBX-Basic picklist). A
 * term without a status in its file has none ({@code null}).
 */
public enum TermStatus {
    PREFERRED("preferredTerm-admn-sts"), ADMITTED("admittedTerm-admn-sts"), DEPRECATED("deprecatedTerm-admn-sts"),
    SUPERSEDED("supersededTerm-admn-sts");

    /** Other spellings found in TBX files (TBX-Min, TBX-Core's wider picklist), read as the nearest Basic value. */
    private static final Map<String, TermStatus> ALSO = Map.ofEntries(
            Map.entry("preferred", PREFERRED), Map.entry("admitted", ADMITTED),
            Map.entry("notRecommended", DEPRECATED), Map.entry("deprecated", DEPRECATED),
            Map.entry("notRecommendedTerm-admn-sts", DEPRECATED), Map.entry("obsolete", SUPERSEDED),
            Map.entry("obsoleteTerm-admn-sts", SUPERSEDED), Map.entry("superseded", SUPERSEDED),
            Map.entry("standardizedTerm-admn-sts", PREFERRED), Map.entry("legalTerm-admn-sts", PREFERRED),
            Map.entry("regulatedTerm-admn-sts", PREFERRED));

    private final String tbx;

    TermStatus(String tbx) {
        this.tbx = tbx;
    }

    public String tbx() {
        return tbx;
    }

    /** The status a TBX value stands for, or null when it is none we know. */
    public static TermStatus fromTbx(String value) {
        for (TermStatus status : values()) {
            if (status.tbx.equals(value)) {
                return status;
            }
        }
        return ALSO.get(value);
    }

    public String labelKey() {
        return "glossary.status." + name();
    }
}
