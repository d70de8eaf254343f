package org.cyberbench.scorm.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.cyberbench.scorm.Completion;
import org.cyberbench.scorm.Success;
import org.cyberbench.shared.AbstractEntity;

/** One learner's attempt at a package: the SCO's stored run-time data and what the platform reads from it. */
@Entity
@Table(name = "scorm_attempt")
public class AttemptEntity extends AbstractEntity {

    @Column(name = "package_id", nullable = false)
    private long packageId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private int number;

    /** Every element the SCO set, as a JSON object of element name to value. */
    @Column(nullable = false, columnDefinition = "mediumtext")
    private String cmi;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Completion completion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Success success;

    @Column(name = "score_scaled", precision = 8, scale = 7)
    private BigDecimal scoreScaled;

    @Column(name = "total_seconds", nullable = false)
    private long totalSeconds;

    @Column(nullable = false)
    private int launches;

    @Column(nullable = false)
    private boolean suspended;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected AttemptEntity() {
    }

    AttemptEntity(long packageId, long userId, int number, Instant now) {
        this.packageId = packageId;
        this.userId = userId;
        this.number = number;
        this.cmi = "{}";
        this.completion = Completion.NOT_ATTEMPTED;
        this.success = Success.UNKNOWN;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** A new launch of this attempt; returns the {@code entry} value the SCO reads. */
    String launch(Instant now) {
        String entry = launches == 0 ? "ab-initio" : suspended ? "resume" : "";
        launches++;
        updatedAt = now;
        return entry;
    }

    void store(String cmi, long sequence, Instant now) {
        this.cmi = cmi;
        this.lastSequence = sequence;
        this.updatedAt = now;
    }

    void result(Completion completion, Success success, BigDecimal scoreScaled, Instant now) {
        this.completion = completion;
        this.success = success;
        this.scoreScaled = scoreScaled;
        if (completion == Completion.COMPLETED && completedAt == null) {
            completedAt = now;
        }
    }

    void finish(long sessionSeconds, boolean suspend, boolean close) {
        this.totalSeconds += Math.max(0, sessionSeconds);
        this.suspended = suspend;
        this.closed = close;
    }

    public long getPackageId() {
        return packageId;
    }

    public long getUserId() {
        return userId;
    }

    public int getNumber() {
        return number;
    }

    public String getCmi() {
        return cmi;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public Completion getCompletion() {
        return completion;
    }

    public Success getSuccess() {
        return success;
    }

    public BigDecimal getScoreScaled() {
        return scoreScaled;
    }

    public long getTotalSeconds() {
        return totalSeconds;
    }

    public int getLaunches() {
        return launches;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public boolean isClosed() {
        return closed;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
