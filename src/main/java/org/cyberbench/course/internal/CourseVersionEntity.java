package org.cyberbench.course.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cyberbench.course.CourseLevel;
import org.cyberbench.shared.AbstractEntity;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.json.LocalizedListConverter;
import org.cyberbench.shared.json.LocalizedTextConverter;
import org.cyberbench.shared.json.StringListConverter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One imported version of a course, with its modules, lessons and quizzes. */
@Entity
@Table(name = "course_version")
public class CourseVersionEntity extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private CourseEntity course;

    @Column(nullable = false)
    private int revision;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CourseLevel level;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    private List<String> audiences;

    @Convert(converter = StringListConverter.class)
    @Column(name = "delivery_modes", nullable = false, columnDefinition = "text")
    private List<String> deliveryModes;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    private List<String> languages;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "certificate_validity_months", nullable = false)
    private int certificateValidityMonths;

    @Column(name = "requires_attendance", nullable = false)
    private boolean requiresAttendance;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private LocalizedText title;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private LocalizedText summary;

    @Convert(converter = LocalizedListConverter.class)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private List<LocalizedText> outcomes;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ModuleEntity> modules = new ArrayList<>();

    protected CourseVersionEntity() {
    }

    public CourseVersionEntity(CourseEntity course, int revision, String contentHash, CourseLevel level,
            List<String> audiences, List<String> deliveryModes, List<String> languages, int estimatedMinutes,
            int passMark, int certificateValidityMonths, boolean requiresAttendance, LocalizedText title, LocalizedText summary,
            List<LocalizedText> outcomes, Instant importedAt) {
        this.course = course;
        this.revision = revision;
        this.contentHash = contentHash;
        this.level = level;
        this.audiences = audiences;
        this.deliveryModes = deliveryModes;
        this.languages = languages;
        this.estimatedMinutes = estimatedMinutes;
        this.passMark = passMark;
        this.certificateValidityMonths = certificateValidityMonths;
        this.requiresAttendance = requiresAttendance;
        this.title = title;
        this.summary = summary;
        this.outcomes = outcomes;
        this.importedAt = importedAt;
    }

    public void addModule(ModuleEntity module) {
        modules.add(module);
    }

    public CourseEntity getCourse() {
        return course;
    }

    public int getRevision() {
        return revision;
    }

    public String getContentHash() {
        return contentHash;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public List<String> getDeliveryModes() {
        return deliveryModes;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public int getPassMark() {
        return passMark;
    }

    public int getCertificateValidityMonths() {
        return certificateValidityMonths;
    }

    public boolean isRequiresAttendance() {
        return requiresAttendance;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public List<LocalizedText> getOutcomes() {
        return outcomes;
    }

    public List<ModuleEntity> getModules() {
        return modules;
    }
}
