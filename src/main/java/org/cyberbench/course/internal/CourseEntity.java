package org.cyberbench.course.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cyberbench.shared.AbstractEntity;

/** A course across its versions; learners and certificates keep pointing at the version they took. */
@Entity
@Table(name = "course")
public class CourseEntity extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String slug;

    @Column(name = "current_version_id")
    private Long currentVersionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CourseEntity() {
    }

    public CourseEntity(String slug, Instant createdAt) {
        this.slug = slug;
        this.createdAt = createdAt;
    }

    public String getSlug() {
        return slug;
    }

    public Long getCurrentVersionId() {
        return currentVersionId;
    }

    public void setCurrentVersionId(Long currentVersionId) {
        this.currentVersionId = currentVersionId;
    }
}
