package org.cyberbench.course.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.json.LocalizedTextConverter;

/** A lesson's Markdown per language, kept apart so that course outlines load without it. */
@Entity
@Table(name = "lesson_text")
public class LessonTextEntity {

    @Id
    @Column(name = "lesson_id")
    private Long lessonId;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private LocalizedText body;

    protected LessonTextEntity() {
    }

    public LessonTextEntity(Long lessonId, LocalizedText body) {
        this.lessonId = lessonId;
        this.body = body;
    }

    public LocalizedText getBody() {
        return body;
    }
}
