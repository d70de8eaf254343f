package org.cyberbench.lti;

/** How a platform was registered: typed in by an administrator, or by LTI Dynamic Registration. */
public enum RegistrationMethod {
    MANUAL, DYNAMIC;

    public String labelKey() {
        return "lti.registered." + name();
    }
}
