package org.cyberbench.scenario.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One imported version of a scenario; its definition is stored as JSON, read as a ScenarioDefinition. */
@Entity
@Table(name = "scenario_version")
public class ScenarioVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String slug;

    @Column(nullable = false)
    private int revision;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String definition;

    @Column(nullable = false)
    private boolean current;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ScenarioVersionEntity() {
    }

    public ScenarioVersionEntity(String slug, int revision, String contentHash, String definition, Instant importedAt) {
        this.slug = slug;
        this.revision = revision;
        this.contentHash = contentHash;
        this.definition = definition;
        this.current = true;
        this.importedAt = importedAt;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public int getRevision() {
        return revision;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition, String contentHash) {
        this.definition = definition;
        this.contentHash = contentHash;
    }

    public boolean isCurrent() {
        return current;
    }

    public void setCurrent(boolean current) {
        this.current = current;
    }
}
