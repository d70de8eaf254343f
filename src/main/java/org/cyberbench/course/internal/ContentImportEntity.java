package org.cyberbench.course.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record of one import of the content tree (written once, never edited). */
@Entity
@Table(name = "content_import")
public class ContentImportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(nullable = false)
    private boolean succeeded;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String summary;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ContentImportEntity() {
    }

    public ContentImportEntity(String sourceHash, String source, boolean succeeded, String summary, Instant importedAt) {
        this.sourceHash = sourceHash;
        this.source = source;
        this.succeeded = succeeded;
        this.summary = summary;
        this.importedAt = importedAt;
    }

    public String getSourceHash() {
        return sourceHash;
    }
}
