package org.cyberbench.learning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cyberbench.shared.AbstractEntity;

/** One attempt at a module quiz: open (answers saved as drafts) until submitted, then scored. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttemptEntity extends AbstractEntity {

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    /** Equals module_id while open, null once submitted: one open attempt per module (unique key). */
    @Column(name = "open_module_id")
    private Long openModuleId;

    /** JSON: question order and option order of this attempt. */
    @Column(nullable = false, columnDefinition = "mediumtext")
    private String layout;

    /** JSON: question id to chosen option ids (in order for ordering questions). */
    @Column(nullable = false, columnDefinition = "mediumtext")
    private String answers;

    private Integer score;

    private Boolean passed;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected QuizAttemptEntity() {
    }

    public QuizAttemptEntity(long enrolmentId, long moduleId, String layout, Instant startedAt) {
        this.enrolmentId = enrolmentId;
        this.moduleId = moduleId;
        this.openModuleId = moduleId;
        this.layout = layout;
        this.answers = "{}";
        this.startedAt = startedAt;
    }

    public boolean isOpen() {
        return submittedAt == null;
    }

    public void submit(String answers, int score, boolean passed, Instant now) {
        this.answers = answers;
        this.score = score;
        this.passed = passed;
        this.submittedAt = now;
        this.openModuleId = null;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public long getModuleId() {
        return moduleId;
    }

    public String getLayout() {
        return layout;
    }

    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = answers;
    }

    public Integer getScore() {
        return score;
    }

    public Boolean getPassed() {
        return passed;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
