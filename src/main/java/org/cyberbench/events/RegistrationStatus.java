package org.cyberbench.events;

public enum RegistrationStatus {
    INVITED, REGISTERED, WAITLISTED, CANCELLED;

    public String labelKey() {
        return "event.status." + name();
    }
}
