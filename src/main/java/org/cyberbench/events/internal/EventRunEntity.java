package org.cyberbench.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scenario run started for an event. */
@Entity
@Table(name = "event_run")
public class EventRunEntity {

    @Id
    @Column(name = "run_id")
    private long runId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    protected EventRunEntity() {
    }

    public EventRunEntity(long eventId, long runId) {
        this.eventId = eventId;
        this.runId = runId;
    }

    public long getRunId() {
        return runId;
    }

    public long getEventId() {
        return eventId;
    }
}
