package org.cyberbench.scenario;

/** Where a run is: waiting for participants, running, paused by the trainer, or closed (debrief). */
public enum RunStatus {
    WAITING, RUNNING, PAUSED, CLOSED;

    public String labelKey() {
        return "run.status." + name();
    }
}
