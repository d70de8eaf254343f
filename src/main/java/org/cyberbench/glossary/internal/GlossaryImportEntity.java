package org.cyberbench.glossary.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record of a TBX import (written once). */
@Entity
@Table(name = "glossary_import")
public class GlossaryImportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Column(nullable = false, columnDefinition = "text")
    private String summary;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected GlossaryImportEntity() {
    }

    public GlossaryImportEntity(String sourceHash, String summary, Instant importedAt) {
        this.sourceHash = sourceHash;
        this.summary = summary;
        this.importedAt = importedAt;
    }

    public String getSourceHash() {
        return sourceHash;
    }
}
