package org.cyberbench.events;

public enum EventFormat {
    CLASSROOM, ONLINE_LIVE, BLENDED;

    public String labelKey() {
        return "event.format." + name();
    }
}
