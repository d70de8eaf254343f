package org.cyberbench.scorm;

/** How far a learner got through a package, as its SCO reports it. */
public enum Completion {
    NOT_ATTEMPTED, INCOMPLETE, COMPLETED, UNKNOWN;

    public String labelKey() {
        return "scorm.completion." + name();
    }
}
