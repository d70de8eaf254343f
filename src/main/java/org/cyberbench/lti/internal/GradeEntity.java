package org.cyberbench.lti.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.cyberbench.shared.AbstractEntity;

/** A score waiting in the outbox for a platform's gradebook, with its delivery attempts. */
@Entity
@Table(name = "lti_grade_outbox")
class GradeEntity extends AbstractEntity {

    enum Status { PENDING, SENT, REFUSED }

    @Column(name = "source_key", nullable = false, length = 190)
    private String sourceKey;

    @Column(name = "resource_link_id", nullable = false)
    private long resourceLinkId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "score_given", precision = 7, scale = 2)
    private BigDecimal scoreGiven;

    @Column(name = "score_maximum", precision = 7, scale = 2)
    private BigDecimal scoreMaximum;

    @Column(name = "activity_progress", nullable = false, length = 16)
    private String activityProgress;

    @Column(name = "grading_progress", nullable = false, length = 16)
    private String gradingProgress;

    @Column(length = 500)
    private String comment;

    @Column(name = "score_at", nullable = false)
    private Instant scoreAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected GradeEntity() {
    }

    GradeEntity(String sourceKey, LinkUserEntity user, Score score, Instant scoreAt, Instant now) {
        this.sourceKey = sourceKey;
        this.resourceLinkId = user.getResourceLinkId();
        this.userId = user.getUserId();
        this.subject = user.getSubject();
        this.scoreGiven = score.given();
        this.scoreMaximum = score.maximum();
        this.activityProgress = score.activityProgress();
        this.gradingProgress = score.gradingProgress();
        this.comment = Texts.cut(score.comment(), 500);
        this.scoreAt = scoreAt;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** What is sent: AGS score fields (scoreGiven may be null: progress only). */
    record Score(BigDecimal given, BigDecimal maximum, String activityProgress, String gradingProgress, String comment) {
    }

    Score score() {
        return new Score(scoreGiven, scoreMaximum, activityProgress, gradingProgress, comment);
    }

    void sent(Instant at) {
        this.status = Status.SENT;
        this.sentAt = at;
        this.attempts++;
        this.claimedUntil = null;
        this.lastError = null;
    }

    void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = Texts.cut(error, 500);
        this.nextAttemptAt = retryAt;
        this.claimedUntil = null;
    }

    void refused(String error) {
        failed(error, nextAttemptAt);
        this.status = Status.REFUSED;
    }

    long getResourceLinkId() {
        return resourceLinkId;
    }

    String getSubject() {
        return subject;
    }

    Instant getScoreAt() {
        return scoreAt;
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }
}
