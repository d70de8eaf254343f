package org.cyberbench.scenario.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "run_team")
public class TeamEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(nullable = false, length = 100)
    private String name;

    protected TeamEntity() {
    }

    public TeamEntity(long runId, String name) {
        this.runId = runId;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public String getName() {
        return name;
    }
}
