package org.cyberbench.course.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.cyberbench.shared.AbstractEntity;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.json.LocalizedListConverter;
import org.cyberbench.shared.json.LocalizedTextConverter;
import org.cyberbench.shared.json.StringListConverter;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "course_module")
public class ModuleEntity extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersionEntity courseVersion;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String slug;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private LocalizedText title;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private LocalizedText summary;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Convert(converter = LocalizedListConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private List<LocalizedText> objectives;

    @Convert(converter = StringListConverter.class)
    @Column(name = "legal_refs", nullable = false, columnDefinition = "text")
    private List<String> references;

    @Column(name = "has_quiz", nullable = false)
    private boolean hasQuiz;

    @Column(name = "quiz_pass_mark")
    private Integer quizPassMark;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LessonEntity> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionEntity> questions = new ArrayList<>();

    @Formula("(select count(*) from quiz_question q where q.module_id = id)")
    private int questionCount;

    protected ModuleEntity() {
    }

    public ModuleEntity(CourseVersionEntity courseVersion, int position, String slug, LocalizedText title,
            LocalizedText summary, int estimatedMinutes, List<LocalizedText> objectives, List<String> references,
            boolean hasQuiz, Integer quizPassMark) {
        this.courseVersion = courseVersion;
        this.position = position;
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.estimatedMinutes = estimatedMinutes;
        this.objectives = objectives;
        this.references = references;
        this.hasQuiz = hasQuiz;
        this.quizPassMark = quizPassMark;
    }

    public CourseVersionEntity getCourseVersion() {
        return courseVersion;
    }

    public int getPosition() {
        return position;
    }

    public String getSlug() {
        return slug;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public List<LocalizedText> getObjectives() {
        return objectives;
    }

    public List<String> getReferences() {
        return references;
    }

    public boolean hasQuiz() {
        return hasQuiz;
    }

    public Integer getQuizPassMark() {
        return quizPassMark;
    }

    public List<LessonEntity> getLessons() {
        return lessons;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public List<QuestionEntity> getQuestions() {
        return questions;
    }
}
