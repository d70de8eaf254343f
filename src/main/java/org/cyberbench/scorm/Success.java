package org.cyberbench.scorm;

/** Whether the learner passed the package's test, as its SCO (or the mastery score) says. */
public enum Success {
    PASSED, FAILED, UNKNOWN;

    public String labelKey() {
        return "scorm.success." + name();
    }
}
