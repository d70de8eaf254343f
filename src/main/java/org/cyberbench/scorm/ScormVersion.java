package org.cyberbench.scorm;

/** The two SCORM families a package can be written for; each has its own run-time API in the SCO's window. */
public enum ScormVersion {
    /** SCORM 1.2: the SCO looks for {@code window.API} (LMSInitialize, LMSGetValue, ...). */
    SCORM_12("1.2"),
    /** SCORM 2004 (2nd, 3rd or 4th edition): the SCO looks for {@code window.API_1484_11} (Initialize, GetValue, ...). */
    SCORM_2004("2004");

    private final String label;

    ScormVersion(String label) {
        this.label = label;
    }

    /** How people write it: "1.2" or "2004". */
    public String label() {
        return label;
    }
}
