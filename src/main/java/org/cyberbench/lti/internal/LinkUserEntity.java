package org.cyberbench.lti.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.cyberbench.shared.AbstractEntity;

/**
 * A person who came through a resource link, as the platform knows them (subject), with what was last
 * reported to its gradebook and, for a scenario, the points of their latest run so far.
 */
@Entity
@Table(name = "lti_link_user")
class LinkUserEntity extends AbstractEntity {

    @Column(name = "resource_link_id", nullable = false)
    private long resourceLinkId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(nullable = false)
    private boolean instructor;

    @Column(name = "last_launch_at", nullable = false)
    private Instant lastLaunchAt;

    @Column(name = "reported_score", precision = 7, scale = 2)
    private BigDecimal reportedScore;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "run_points", nullable = false)
    private int runPoints;

    @Column(name = "run_maximum", nullable = false)
    private int runMaximum;

    protected LinkUserEntity() {
    }

    LinkUserEntity(long resourceLinkId, long userId, String subject) {
        this.resourceLinkId = resourceLinkId;
        this.userId = userId;
        this.subject = subject;
    }

    void launched(boolean instructor, Instant at) {
        this.instructor = instructor;
        this.lastLaunchAt = at;
    }

    /**
     * The timestamp for the next score: now, but at least a second after the previous one, because
     * Moodle compares timestamps to the second and refuses one that is not newer (409).
     */
    Instant nextScoreTime(Instant now) {
        Instant earliest = reportedAt == null ? now : reportedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
        return now.isBefore(earliest) ? earliest : now;
    }

    void reported(BigDecimal score, Instant at) {
        if (score != null) {
            this.reportedScore = score;
        }
        this.reportedAt = at;
    }

    /** Adds a decision's points to the run's total; a new run starts from zero. */
    void addRunPoints(long runId, int points, int maximum) {
        if (this.runId == null || this.runId != runId) {
            this.runId = runId;
            this.runPoints = 0;
            this.runMaximum = 0;
        }
        this.runPoints += points;
        this.runMaximum += maximum;
    }

    long getResourceLinkId() {
        return resourceLinkId;
    }

    long getUserId() {
        return userId;
    }

    String getSubject() {
        return subject;
    }

    BigDecimal getReportedScore() {
        return reportedScore;
    }

    int getRunPoints() {
        return runPoints;
    }

    int getRunMaximum() {
        return runMaximum;
    }
}
