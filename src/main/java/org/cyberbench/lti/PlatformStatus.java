package org.cyberbench.lti;

/** Whether a platform's launches are accepted: a dynamically registered one waits for an administrator. */
public enum PlatformStatus {
    PENDING, ACTIVE, DISABLED;

    public String labelKey() {
        return "lti.status." + name();
    }
}
