package org.cyberbench.learning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cyberbench.shared.AbstractEntity;

@Entity
@Table(name = "enrolment")
public class EnrolmentEntity extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(name = "course_slug", nullable = false, length = 100)
    private String courseSlug;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_lesson_id")
    private Long lastLessonId;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected EnrolmentEntity() {
    }

    public EnrolmentEntity(long userId, long courseVersionId, String courseSlug, Instant now) {
        this.userId = userId;
        this.courseVersionId = courseVersionId;
        this.courseSlug = courseSlug;
        this.enrolledAt = now;
        this.lastActivityAt = now;
    }

    public long getUserId() {
        return userId;
    }

    public long getCourseVersionId() {
        return courseVersionId;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public Long getLastLessonId() {
        return lastLessonId;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void visited(long lessonId, Instant now) {
        this.lastLessonId = lessonId;
        this.lastActivityAt = now;
    }

    public void touch(Instant now) {
        this.lastActivityAt = now;
    }

    public void complete(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }
}
