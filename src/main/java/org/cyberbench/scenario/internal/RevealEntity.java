package org.cyberbench.scenario.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An inject the trainer revealed to every role of the run. */
@Entity
@Table(name = "run_reveal")
public class RevealEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "inject_id", nullable = false, length = 100)
    private String injectId;

    protected RevealEntity() {
    }

    public RevealEntity(long runId, String injectId) {
        this.runId = runId;
        this.injectId = injectId;
    }

    public String getInjectId() {
        return injectId;
    }
}
