package org.cyberbench.learning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lesson a learner completed (written once). */
@Entity
@Table(name = "lesson_progress")
public class LessonProgressEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgressEntity() {
    }

    public LessonProgressEntity(long enrolmentId, long lessonId, Instant completedAt) {
        this.enrolmentId = enrolmentId;
        this.lessonId = lessonId;
        this.completedAt = completedAt;
    }

    public long getLessonId() {
        return lessonId;
    }
}
