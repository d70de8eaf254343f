package org.cyberbench.events;

/** Who may register: anyone signed in (open) or only people the institution invited. */
public enum RegistrationMode {
    OPEN, INVITATION;

    public String labelKey() {
        return "event.registration." + name();
    }
}
