package org.cyberbench.course.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cyberbench.shared.AbstractEntity;

@Entity
@Table(name = "jurisdiction_note")
public class JurisdictionNoteEntity extends AbstractEntity {

    @Column(name = "course_slug", nullable = false, length = 100)
    private String courseSlug;

    @Column(name = "module_slug", nullable = false, length = 100)
    private String moduleSlug;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JurisdictionNoteEntity() {
    }

    public JurisdictionNoteEntity(String courseSlug, String moduleSlug, String country) {
        this.courseSlug = courseSlug;
        this.moduleSlug = moduleSlug;
        this.country = country;
    }

    public void write(String body, long authorId, Long institutionId, Instant now) {
        this.body = body;
        this.authorId = authorId;
        this.institutionId = institutionId;
        this.updatedAt = now;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public String getModuleSlug() {
        return moduleSlug;
    }

    public String getCountry() {
        return country;
    }

    public String getBody() {
        return body;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
