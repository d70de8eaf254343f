package org.cyberbench.course.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cyberbench.course.LessonKind;
import org.cyberbench.shared.AbstractEntity;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.json.LocalizedTextConverter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "lesson")
public class LessonEntity extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private ModuleEntity module;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String slug;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private LessonKind kind;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private LocalizedText title;

    @Column(name = "video_url", length = 500)
    private String videoUrl;

    protected LessonEntity() {
    }

    public LessonEntity(ModuleEntity module, int position, String slug, LessonKind kind, int estimatedMinutes,
            LocalizedText title, String videoUrl) {
        this.module = module;
        this.position = position;
        this.slug = slug;
        this.kind = kind;
        this.estimatedMinutes = estimatedMinutes;
        this.title = title;
        this.videoUrl = videoUrl;
    }

    public ModuleEntity getModule() {
        return module;
    }

    public int getPosition() {
        return position;
    }

    public String getSlug() {
        return slug;
    }

    public LessonKind getKind() {
        return kind;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public String getVideoUrl() {
        return videoUrl;
    }
}
